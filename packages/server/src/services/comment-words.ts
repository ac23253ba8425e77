/**
 * The first disallowed word or phrase found in any of the texts (case-insensitive; whole words, so
 * "ass" does not refuse "embassy"), or undefined.
 */
export function findDisallowed(words: string[], texts: string[]): string | undefined {
  if (words.length === 0) return undefined;
  const haystack = ` ${texts.join(" \n ").toLowerCase()} `;
  return words.find((word) => {
    const needle = word.trim().toLowerCase();
    if (!needle) return false;
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(^|[^\\p{L}\\p{N}_])${escaped}($|[^\\p{L}\\p{N}_])`, "u").test(haystack);
  });
}

/** A submitted word list cleaned: trimmed, lower case, no blanks or repeats, each at most 100 characters. */
export function cleanWordList(words: string[]): string[] {
  return [
    ...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0 && w.length <= 100)),
  ];
}
