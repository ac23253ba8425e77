/**
 * The text the later passes read: same-length character fixes (curly quotes, dashes, odd spaces) and,
 * where the input is HTML or carries entities, tags removed and entities decoded. `toOriginal` maps an
 * offset of the clean text back into the original, so every span the coder reports is a span of the input.
 */
export interface CleanText {
  readonly text: string;
  toOriginal(offset: number): number;
}

// Control characters are replaced on purpose (same length, so offsets hold).
const SAME_LENGTH =
  // eslint-disable-next-line no-control-regex
  /[\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c\u201d\u201e\u2033\u00ab\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\f\v\u0000-\u0008\u000e-\u001f\ufffd]/g;
const REPLACEMENT: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u00b4": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "-",
  mdash: "-",
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  laquo: '"',
  raquo: '"',
  hellip: "...",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  ccedil: "ç",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  szlig: "ß",
  copy: "©",
  reg: "®",
  deg: "°",
  middot: "·",
  bull: "•",
  shy: "",
  zwnj: "",
  zwj: "",
  thinsp: " ",
  ensp: " ",
  emsp: " ",
};
const BLOCK_TAG =
  /^<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|pre|figure|figcaption|form|title|dd|dt)\b/i;
const MARKUP =
  /<!--[\s\S]*?-->|<(script|style|noscript|svg|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][^<>]*>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});|\r\n?|(?:\u200b|\u200c|\u200d|\u2060|\ufeff)/g;

/** SAME_LENGTH for one character (no `g`: no position kept between tests). */
const SAME_LENGTH_CHAR = new RegExp(SAME_LENGTH.source);

/**
 * `text.replace(SAME_LENGTH, sameLength)`, read a code unit at a time: printable ASCII but the backtick,
 * and line ends, are none of SAME_LENGTH's characters, so only the others are tested (a regular
 * expression scanning the whole text costs several times more).
 */
function fixSameLength(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e && c !== 0x60) || c === 0x0a || c === 0x0d) continue;
    const ch = text.charAt(i);
    if (!SAME_LENGTH_CHAR.test(ch)) continue;
    out += text.slice(copied, i) + sameLength(ch);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function sameLength(ch: string): string {
  const mapped = REPLACEMENT[ch];
  if (mapped !== undefined) return mapped;
  return ch === "\ufffd" ? "?" : " ";
}

function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body.startsWith("#")) {
    const code =
      body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return " ";
    return String.fromCodePoint(code).replace(SAME_LENGTH, sameLength);
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/** Whether the text is a web page rather than plain prose. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<(?:!doctype|html|body|p|div|article|br)\b/i.test(head);
}

/** Pass 1a: cleans a text for matching; offsets stay recoverable. Linear; never throws. */
export function cleanText(original: string): CleanText {
  const html = looksLikeHtml(original);
  const fixed = fixSameLength(original);
  MARKUP.lastIndex = 0;
  const marked = MARKUP.test(fixed);
  // matchAll starts where test() stopped: rewind.
  MARKUP.lastIndex = 0;
  if (!marked) return { text: fixed, toOriginal: (offset) => offset };
  // Pieces of output, each with the original offset where it starts; copies map one to one.
  const pieces: string[] = [];
  const outStarts: number[] = [];
  const inStarts: number[] = [];
  const copied: boolean[] = [];
  let outLength = 0;
  let last = 0;
  const push = (piece: string, inStart: number, isCopy: boolean): void => {
    if (piece === "") return;
    pieces.push(piece);
    outStarts.push(outLength);
    inStarts.push(inStart);
    copied.push(isCopy);
    outLength += piece.length;
  };
  for (const match of fixed.matchAll(MARKUP)) {
    const token = match[0];
    const at = match.index;
    let replacement: string | null;
    if (token.startsWith("&")) replacement = decodeEntity(token);
    else if (token.startsWith("\r")) replacement = "\n";
    else if (token.startsWith("<")) replacement = html ? (BLOCK_TAG.test(token) ? "\n" : " ") : null;
    else replacement = "";
    if (replacement === null) continue;
    push(fixed.slice(last, at), last, true);
    push(replacement, at, false);
    last = at + token.length;
  }
  push(fixed.slice(last), last, true);
  const text = pieces.join("");
  const toOriginal = (offset: number): number => {
    let lo = 0;
    let hi = outStarts.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const delta = offset - outStarts[lo]!;
    return copied[lo] ? inStarts[lo]! + delta : inStarts[lo]!;
  };
  return { text, toOriginal };
}
