import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** What an HTML page holds as a report. */
export interface Article {
  title: string | null;
  text: string;
  published: string | null;
  source: string | null;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dt, dd, figcaption";
// Blog furniture that readers do not count as report text.
const BOILERPLATE = [
  /^leave a (reply|comment)/i,
  /your email address will not be published/i,
  /^(share|share this|share on|tweet|print|email)(:|\b.{0,30}$)/i,
  /^(related|read more|more from|you may also like|recommended)\b/i,
  /^required fields are marked/i,
  /^(posted|filed) (in|under)\b/i,
  /^tags?:/i,
];

/** The article body of an HTML page (Firefox's reader view), as paragraphs of plain text. */
export function extractArticle(html: string, url?: string): Article {
  const { document } = parseHTML(html);
  const meta = (name: string): string | null =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content") ?? null;
  const parsed = new Readability(document, {
    charThreshold: 200,
  }).parse();
  const body = parsed?.content ? htmlToText(parsed.content) : htmlToText(html);
  return {
    title: parsed?.title?.trim() || document.querySelector("title")?.textContent?.trim() || null,
    text: body,
    published: parsed?.publishedTime ?? meta("article:published_time") ?? null,
    source: parsed?.siteName ?? meta("og:site_name") ?? (url ? new URL(url).hostname : null),
  };
}

/** Plain text of an HTML fragment: one paragraph per block, boilerplate lines dropped. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll("script, style, noscript, form, nav, footer, aside, iframe"))
    node.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.length ? blocks.map((el) => el.textContent ?? "") : [document.body.textContent ?? ""];
  return texts
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter((t) => t && !BOILERPLATE.some((pattern) => pattern.test(t)))
    .join("\n\n");
}
