import { parseFeed } from "feedsmith";
import { errors } from "../errors.js";
import { htmlToText } from "./article.js";
import { isoDay } from "./text.js";

/** One item of a feed, as a candidate report. */
export interface FeedItem {
  url: string | null;
  title: string | null;
  published: string | null;
  /** The item's own text (full content or summary), as plain text. */
  text: string;
}

/** A parsed feed. */
export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

type Loose = Record<string, unknown> | undefined;

/** Reads an RSS, Atom or RDF feed; throws not_a_feed if the document is none of them. */
export function readFeed(xml: string, url: string): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(xml);
  } catch {
    throw errors.notAFeed(url);
  }
  if (parsed.format === "json") throw errors.notAFeed(url);
  const feed = parsed.feed as Record<string, unknown>;
  const entries = (parsed.format === "atom" ? feed.entries : feed.items) as Loose[] | undefined;
  return { title: textOf(feed.title), items: (entries ?? []).map((entry) => toItem(entry, parsed.format)) };
}

function toItem(entry: Loose, format: string): FeedItem {
  const e = entry ?? {};
  const content = format === "atom" ? textOf(e.content) : textOf((e.content as Loose)?.encoded);
  const summary = format === "atom" ? textOf(e.summary) : textOf(e.description);
  const html = content ?? summary ?? "";
  return {
    url: format === "atom" ? atomLink(e.links) : textOf(e.link),
    title: textOf(e.title),
    published: isoDay(
      textOf(e.published) ?? textOf(e.pubDate) ?? textOf(e.updated) ?? textOf((e.dc as Loose)?.date),
    ),
    text: /<[a-z][\s\S]*>/i.test(html) ? htmlToText(html) : html.trim(),
  };
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const all = links as Array<{ href?: string; rel?: string }>;
  return (all.find((l) => !l.rel || l.rel === "alternate") ?? all[0])?.href ?? null;
}

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "value" in value && typeof value.value === "string")
    return value.value;
  return null;
}
