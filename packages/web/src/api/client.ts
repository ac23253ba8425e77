/** Thin fetch wrapper: same-origin cookies, the CSRF token on writes, errors as ApiError. */

/** An API call that did not succeed; `status` 0 means the network failed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token the server handed out with the session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls the API at `path` (under `/api/`) and parses JSON; writes carry `x-csrf-token`. */
export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const method = (init.method ?? "GET").toUpperCase();
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  if (method !== "GET" && method !== "HEAD") {
    if (csrfToken) headers.set("x-csrf-token", csrfToken);
  }
  headers.set("accept", "application/json");
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { ...init, method, headers, body, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "The server cannot be reached.");
  }
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    let code: string | null = null;
    try {
      // The server's errors read `{ error: { id, message, details } }` (its error catalogue).
      const problem = (await response.json()) as { error?: { id?: string; message?: string } };
      message = problem.error?.message ?? message;
      code = problem.error?.id ?? null;
    } catch {
      /* not JSON: keep the status line */
    }
    throw new ApiError(response.status, message, code);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  return (type.includes("json") ? await response.json() : await response.text()) as T;
}

/** Builds a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
