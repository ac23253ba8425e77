import { createHash } from "node:crypto";
import { errors } from "../errors.js";

/** Text as the content hash sees it: Unicode-normalised, whitespace collapsed, lower case. */
export function normaliseForHash(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, " ").trim().toLowerCase();
}

/** The content hash that makes the same report (however spaced) be stored once. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text)).digest("hex");
}

/** Report text tidied for storage: NFC, Unix line ends, no trailing spaces, at most one blank line. */
export function tidyText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\f\v]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Checks text before it is stored: not empty, within the size limit, and text (no NUL bytes, few
 * control characters or undecodable bytes). Throws an error from the catalogue naming the problem.
 */
export function checkText(text: string, maxBytes: number, what = "the report"): string {
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw errors.tooLarge(maxBytes);
  if (text.includes("\u0000")) throw errors.notText(`${what} contains NUL bytes (binary data?)`);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const odd = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (odd > 0 && odd / text.length > 0.01)
    throw errors.notText(`${what} is mostly control characters or undecodable bytes`);
  const tidy = tidyText(text);
  if (!tidy) throw errors.invalidRequest(`${what} is empty.`);
  return tidy;
}

/** Decodes bytes as strict UTF-8 (a BOM is dropped); throws not_text if they are not. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw errors.notText(`${what} is not UTF-8 text`);
  }
}

/** Plain text from Markdown: drops markup, keeps the words. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(\*|_)([^*_\n]+?)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1");
}

/** A date as `YYYY-MM-DD`, or null when it cannot be read. */
export function isoDay(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
