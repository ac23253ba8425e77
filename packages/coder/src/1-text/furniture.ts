/** A span of the clean text that is page furniture, with the rule that recognised it. */
export interface FurnitureSpan {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

// A line that is furniture by itself; a rule that may match anywhere in the line has the words it needs
// (in any case) apart, which most lines lack: a scan for them is cheaper than the rule's own.
const LINE_RULES: readonly (readonly [RegExp, string, RegExp?])[] = [
  [
    /^\s*(?:share(?: this(?: article| story| post)?)?|share on \w+|tweet|print|email)\s*:?\s*$/i,
    "furniture/share",
  ],
  [
    /^\s*(?:(?:facebook|twitter|x|telegram|whatsapp|vk|linkedin|reddit|email|print|pinterest|tumblr|pocket|skype|messenger)\s*[|,·•/]?\s*){2,}$/i,
    "furniture/share-buttons",
  ],
  [/^\s*(?:tags?|topics|filed under|categories|posted in)\s*:/i, "furniture/tags"],
  [
    /\b(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings))\b/i,
    "furniture/cookies",
    /cookie/i,
  ],
  [
    /^\s*(?:subscribe(?: to [\w\s]{0,40}newsletter)?|sign up(?: for [\w\s]{0,40})?|get the latest [\w\s]{0,80}|email address|sign up|unsubscribe[^.]*|we respect your privacy\.?.*)\s*[.!:]?\s*$/i,
    "furniture/newsletter",
  ],
  [
    /\b(?:your email address will not be published|required fields are marked|you must be logged in to post a comment|notify me of (?:new|follow-up) (?:posts|comments))\b/i,
    "furniture/comment-form",
    /email address will|required fields|logged in|notify me/i,
  ],
  [
    /^\s*(?:comment|name|email|website|post comment|submit|save my name[^\n]*)\s*\*?\s*$/i,
    "furniture/comment-form",
  ],
  [
    /^\s*(?:listen to the full report|click here|read (?:more|also|the full)|download the app|follow us on)\b/i,
    "furniture/promo",
  ],
  // "For more Human Rights Watch reporting on Burkina Faso, please visit the country page."
  [
    /^\s*(?:for more (?:[\w'’-]+\s+){0,5}(?:reporting|coverage|information|news|updates|stories|analysis)\b[^\n]{0,100}\bvisit\b|please visit\b)/i,
    "furniture/promo",
  ],
  // "In the headlines: a MINUSCA patrol ambushed…; the army returns to Ouadda", "This week: al-Shabaab seizes
  // Adan Yabaal; …": a bulletin's teaser of the stories it then tells, each with its own actors.
  [
    /^\s*(?:in (?:the|today's|this morning's|this evening's) headlines|(?:today's )?headlines|top stories|this week|in this (?:bulletin|edition|issue|update)|ce qu['’]il faut retenir|what (?:you need )?to know|key points|at a glance|in brief)\s*:/i,
    "furniture/teaser",
  ],
  // "(Updates death toll in paragraphs 1 and 3, adds claim of responsibility)", "(Recasts with …)": a wire's
  // note on what changed in this version of the story, naming its events in passing.
  [
    /^\s*\((?:updates?|adds?|recasts?|corrects?|changes?|rewrites?|refiles?|fixes|writes through|removes?|deletes?)\b[^\n]*\)\s*$/i,
    "furniture/wire-update",
  ],
  // "Photo: Residents lay out bodies …", "Caption: Police water cannon sprays protesters …": a picture's
  // caption retells the story (or shows a funeral), no act of its own.
  [
    /^\s*\(?(?:photo|caption|picture|image|pictured|file photo|photo caption)\s*(?:\([^)\n]*\))?\s*[:—–|]/i,
    "furniture/caption",
  ],
  [/^\s*(?:all rights reserved|©|copyright \d{4})/i, "furniture/copyright"],
  // "Republication or redistribution of CAPS content is prohibited without prior written consent."
  [
    /^\s*(?:(?:re)?publication|reproduction|redistribution|republishing)\b[^\n]{0,80}\b(?:prohibited|forbidden|not permitted)\b/i,
    "furniture/copyright",
  ],
  [/^\s*(?:advertisement|sponsored|loading\.\.\.|skip to (?:main )?content)\s*$/i, "furniture/page"],
];

/** A report's list of its short names ("Abbreviations: NA – Nigerian Army; …"); pass 2a reads them. */
const GLOSSARY = /^\s*(?:abbreviations|acronyms|glossary)\s*:/i;

// A heading after which the page holds only lists of links or forms.
const TAIL_HEADINGS: readonly (readonly [RegExp, string])[] = [
  [
    /^\s*(?:leave a (?:reply|comment)|\d+\s+(?:comments?|responses?|replies)|comments?|discussion|join the discussion)\s*:?\s*$/i,
    "furniture/comments",
  ],
  [
    /^\s*(?:related(?: articles| posts| stories| news| content| coverage)?|more (?:from|on|stories|news)[^.]{0,40}|read (?:more|also|next)|you (?:may|might) also like|recommended|most (?:read|popular)|latest (?:news|stories)|see also)\s*:?\s*$/i,
    "furniture/related",
  ],
];

// Long prose ends a related-links list; link titles are short and have no final full stop.
const PROSE = /[.!?]["')]?\s*$/;

/** Pass 1b: finds the page furniture, line by line. Linear; never throws. */
export function findFurniture(text: string): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  let lineStart = 0;
  let tail: string | null = null;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const rule = furnitureRule(line, tail);
    if (rule === "end-tail") tail = null;
    else if (rule !== null) {
      spans.push({ start: lineStart, end: lineEnd, rule });
      if (rule.startsWith("furniture/related") || rule.startsWith("furniture/comments")) tail = rule;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** The rule of a furniture line, "end-tail" when a tail of furniture ends there, or null for report text. */
function furnitureRule(line: string, tail: string | null): string | null {
  if (line.trim() === "") return null;
  // "Abbreviations: NA – Nigerian Army; …", however long: a key to the report's short names, not a
  // sentence of it (pass 2a reads the names it defines).
  if (GLOSSARY.test(line)) return "furniture/glossary";
  if (line.length > 400) return tail === "furniture/comments" ? tail : tail ? "end-tail" : null;
  for (const [pattern, rule] of TAIL_HEADINGS) if (pattern.test(line)) return rule;
  for (const [pattern, rule, needs] of LINE_RULES)
    if ((needs === undefined || needs.test(line)) && pattern.test(line)) return rule;
  if (tail === "furniture/comments") return tail;
  if (tail !== null) return PROSE.test(line) && line.length > 80 ? "end-tail" : `${tail}:item`;
  return null;
}
