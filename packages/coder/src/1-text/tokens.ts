/** A token of a sentence: offsets into the clean text, the word as written and a matching key. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Lower case without diacritics: the key dictionaries are matched on. */
  readonly key: string;
  /** Whether the token is a word (not punctuation). */
  readonly word: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:\.(?=\p{L}\.)[\p{L}])*|[^\s\p{L}\p{N}]/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** Lower case without diacritics, as dictionary keys are written. */
export function keyOf(word: string): string {
  // Printable ASCII (most words): lower case is the key, and a word already in lower case is its own.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return unicodeKey(word);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

function unicodeKey(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Whether a token is a word: TOKEN's first branch starts with a letter or digit, its second is one other character. */
function startsWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{N}]/u.test(raw);
}

/** Pass 1d: splits a sentence into tokens; hyphens and apostrophes are tokens of their own. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = offset + match.index;
    tokens.push({ start, end: start + raw.length, raw, key: keyOf(raw), word: startsWord(raw) });
  }
  return tokens;
}
