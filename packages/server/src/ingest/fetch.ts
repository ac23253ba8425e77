import { errors } from "../errors.js";

/** A fetched resource. */
export interface Fetched {
  status: number;
  url: string;
  contentType: string;
  headers: Headers;
  body: string;
}

/** Options for one fetch. */
export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  headers?: Record<string, string> | undefined;
}

const USER_AGENT = "Sitrep/0.1 (+https://github.com/sitrep; conflict event coding)";

/** Parses and checks a URL the user gave: http or https only. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw errors.invalidRequest(`Not a URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw errors.invalidRequest(`Only http and https URLs can be fetched, not ${url.protocol}`);
  url.hash = "";
  return url;
}

/**
 * Fetches a URL as text, within a time and size limit. Network failures and HTTP errors become
 * `unreachable_url`, an oversized body `too_large`; a 304 is returned as it is (for conditional polls).
 */
export async function fetchText(rawUrl: string, options: FetchOptions): Promise<Fetched> {
  const url = checkUrl(rawUrl).toString();
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { "user-agent": USER_AGENT, ...options.headers },
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw errors.unreachableUrl(url, describeNetworkError(error));
  }
  if (response.status === 304)
    return { status: 304, url: response.url || url, contentType: "", headers: response.headers, body: "" };
  if (!response.ok) {
    await response.body?.cancel();
    throw errors.unreachableUrl(url, `HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw errors.tooLarge(options.maxBytes);
  }
  const bytes = await readLimited(response, options.maxBytes);
  const contentType = response.headers.get("content-type") ?? "";
  const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().toLowerCase() ?? "utf-8";
  let body: string;
  try {
    body = new TextDecoder(charset).decode(bytes);
  } catch {
    body = new TextDecoder("utf-8").decode(bytes);
  }
  return { status: response.status, url: response.url || url, contentType, headers: response.headers, body };
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw errors.tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return "timed out";
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code === "ECONNREFUSED") return "connection refused";
  if (cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN") return "host not found";
  return cause?.code ?? cause?.message ?? "network error";
}

/**
 * Spaces requests to one host at least `intervalSeconds` apart (politeness), across every worker that
 * shares the database: `reserve` books the host's next slot and says how long to wait for it.
 */
export class HostGate {
  constructor(
    private readonly intervalSeconds: number,
    private readonly reserve: (host: string, intervalSeconds: number) => Promise<number>,
  ) {}

  async wait(url: string): Promise<void> {
    if (this.intervalSeconds <= 0) return;
    const seconds = await this.reserve(new URL(url).host, this.intervalSeconds);
    if (seconds > 0) await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}
