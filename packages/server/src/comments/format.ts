import { createHash } from "node:crypto";
import type sanitizeHtml from "sanitize-html";

const REL = "nofollow ugc";
// Bare URLs in text that sanitize-html has already escaped (so `<` and `>` arrive as entities; quotes
// stay as they are in text nodes).
const BARE_URL = /\bhttps?:\/\/(?:[^\s&<>"']|&(?!lt;|gt;|quot;|#39;|#x27;))+/gi;
// What sanitize-html leaves of a link whose address it refused (javascript:, data:), or a relative link:
// either keeps only its text.
const UNSAFE_LINK =
  /<a (?:href="(?!https?:\/\/|mailto:)[^"]*" )?rel="nofollow ugc">((?:(?!<\/a>)[\s\S])*)<\/a>/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
// Every `<` that does not open or close a link is text ("a<b", "<3", "<b>"): escaped before parsing, so
// the parser never swallows what follows it.
const NOT_A_LINK_TAG = /<(?!\/?a[\s>])/gi;

function linkBareUrls(escaped: string): string {
  return escaped.replace(BARE_URL, (match) => {
    const url = match.replace(TRAILING_PUNCTUATION, "");
    const rest = match.slice(url.length);
    return `<a href="${url}" rel="${REL}">${url}</a>${rest}`;
  });
}

function lineBreaks(escaped: string): string {
  return escaped.replace(/\r\n?|\n/g, "<br />\n");
}

// sanitize-html (and the CSS parser it brings) loads on the first comment, not with every CLI command.
let sanitizer: Promise<(text: string) => string> | null = null;

function loadSanitizer(): Promise<(text: string) => string> {
  sanitizer ??= import("sanitize-html").then(({ default: sanitize }) => {
    const options: sanitizeHtml.IOptions = {
      allowedTags: ["a"],
      allowedAttributes: { a: ["href", "rel"] },
      allowedSchemes: ["http", "https", "mailto"],
      allowProtocolRelative: false,
      disallowedTagsMode: "discard",
      transformTags: { a: sanitize.simpleTransform("a", { rel: REL }) },
      textFilter: (text, tagName) => lineBreaks(tagName === "a" ? text : linkBareUrls(text)),
    };
    return (text: string) => sanitize(text, options);
  });
  return sanitizer;
}

/**
 * A comment as HTML: plain text with links and line breaks. Typed `<a href>` links (http, https,
 * mailto) and bare URLs become links with `rel="nofollow ugc"`; anything else that looks like a tag is
 * shown as typed, escaped.
 */
export async function commentHtml(text: string): Promise<string> {
  const sanitize = await loadSanitizer();
  return sanitize(text.trim().replace(NOT_A_LINK_TAG, "&lt;")).replace(UNSAFE_LINK, "$1");
}

/** How many links the sanitised HTML of a comment holds. */
export function countLinks(html: string): number {
  return html.match(/<a\s+href=/g)?.length ?? 0;
}

/** The key for duplicate detection: the text with its white space collapsed. */
export function commentHash(text: string): string {
  return createHash("sha256").update(text.trim().replace(/\s+/g, " ")).digest("hex");
}
