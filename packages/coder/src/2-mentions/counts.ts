const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  a: 1,
  an: 1,
};
/** The words of WORDS, as a set: `Object.hasOwn` interns the word first, for every token asked about. */
const COUNT_WORDS = new Set(Object.keys(WORDS));

/** Whether a word is a count of people: "12", "twelve", "dozens", "several" (not the article "a"). */
export function isCountWord(key: string): boolean {
  return (
    /^\d+$/.test(key) || key === "scores" || key === "several" || (COUNT_WORDS.has(key) && key.length > 2)
  );
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|dozens)`;
const QUALIFIER = String.raw`(?:at least |more than |over |about |around |some |nearly |almost |up to |an estimated |roughly |approximately )?`;
// ("Three soldiers of the Army's Second Division were killed": a unit's name between.)
const NOUNS = String.raw`(?:[\w'’-]+ ){0,6}`;
// "killing at least 14 civilians", "killed 11 people", "leaving five dead"
const AFTER_VERB = new RegExp(
  String.raw`\b(?:killing|killed|kills|kill|claiming the lives of|neutralis(?:ed|ing)|neutraliz(?:ed|ing))\s+${QUALIFIER}${NUMBER}\b`,
  "gi",
);
// "leaving five dead", not "leaving two soldiers wounded".
const LEFT_DEAD = new RegExp(
  String.raw`\b(?:leaving|left)\s+${QUALIFIER}${NUMBER}\s+${NOUNS}(?:dead|killed)\b`,
  "gi",
);
// "at least 23 civilians killed", "12 soldiers were killed", "five people died"
const BEFORE_VERB = new RegExp(
  String.raw`\b${QUALIFIER}${NUMBER}\s+${NOUNS}(?:were |was |have been |had been |are )?(?:killed|dead|died|lost their lives|slain|executed|martyred)\b`,
  "gi",
);

// One person, told with the article: "killing a 14-year-old boy", "a soldier was killed".
const PERSON = String.raw`(?:man|woman|boy|girl|child|baby|infant|teenager|civilian|soldier|policeman|policewoman|officer|farmer|shepherd|fisherman|herder|student|teacher|journalist|doctor|nurse|paramedic|medic|worker|driver|resident|villager|pilgrim|trader|commander|fighter|militant|rebel|member|leader|chief|guard|volunteer|priest|imam|monk)`;
const ONE_AFTER_VERB = new RegExp(
  String.raw`\b(?:killing|killed|kills|kill)\s+(?:a|an)\s+(?:[\w-]+ ){0,3}?${PERSON}\b`,
  "gi",
);
const ONE_BEFORE_VERB = new RegExp(
  String.raw`\b(?:a|an)\s+(?:[\w-]+ ){0,3}?${PERSON}\s+(?:was |has been |had been )?(?:killed|died|slain|executed|martyred)\b`,
  "gi",
);

function value(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, "");
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "a hundred") return 100;
  return WORDS[w] ?? null;
}

// Every verb of AFTER_VERB and BEFORE_VERB contains one of these: a sentence without any has no count.
const ANY_VERB =
  /kill|leav|left|claiming the lives of|neutrali|dead|died|lost their lives|slain|executed|martyred/i;

/** Pass 2e: the lowest number of people the sentence says were killed, or null. */
export function fatalitiesIn(sentence: string): number | null {
  if (!ANY_VERB.test(sentence)) return null;
  let best: number | null = null;
  for (const re of [AFTER_VERB, LEFT_DEAD, BEFORE_VERB]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const n = value(m[1] ?? "");
      if (n === null || n > 100000) continue;
      // "killing two of the drivers" and "two were killed" both count; years do not.
      if (n >= 1900 && n <= 2100) continue;
      best = best === null ? n : Math.min(best, n);
    }
  }
  if (best !== null) return best;
  ONE_AFTER_VERB.lastIndex = 0;
  const one = ONE_AFTER_VERB.exec(sentence);
  if (one) return 1 + othersAfter(sentence.slice(one.index + one[0].length));
  ONE_BEFORE_VERB.lastIndex = 0;
  return ONE_BEFORE_VERB.test(sentence) ? 1 : null;
}

const RELATIVE = String.raw`(?:son|daughter|husband|wife|brother|sister|father|mother|child|baby|grandson|granddaughter|nephew|niece|cousin|bodyguard|driver|companion)`;
// "killed a woman and her son", "killed a gang leader and at least four of his men".
const OTHERS = new RegExp(
  String.raw`^\s+and\s+(?:(?:her|his|their)\s+(?:\w+\s+)?${RELATIVE}\b|(?:another|a second)\s+${PERSON}\b|${QUALIFIER}${NUMBER}\b)`,
  "i",
);

/** How many more the words after "killed a …" add: one relative, another person, or a number. */
function othersAfter(rest: string): number {
  const m = OTHERS.exec(rest);
  if (!m) return 0;
  return m[1] !== undefined ? (value(m[1]) ?? 0) : 1;
}
