/**
 * Word lists the geoparser consults. Data, not logic: extend them here.
 * All entries are normalised (lower case, no diacritics).
 */

/** Capitalised words that are never places on their own, though a gazetteer may list them. */
export const NOT_PLACES: readonly string[] = [
  // organisations, armed groups, media
  "hamas", "hezbollah", "hizbollah", "houthi", "houthis", "daesh", "isis", "isil", "hts", "sdf", "ypg", "pkk", "nato", "un", "eu", "ap", "afp",
  "reuters", "bbc", "cnn", "fox", "wagner", "taliban", "shabaab", "al shabaab", "boko haram", "ansar", "jabhat", "nusra", "fatah", "frontex",
  "amnesty", "unicef", "unhcr", "who", "wfp", "ocha", "icrc", "msf", "idf", "saa", "rsf", "saf", "fsa", "sna", "swat", "fbi", "cia", "isw",
  // calendar
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "eid",
  // titles, roles and forms of address
  "mr", "mrs", "ms", "dr", "sir", "lord", "god", "allah", "jesus", "president", "minister", "governor", "mayor", "general", "sheikh", "imam",
  "king", "queen", "prince", "princess", "pope", "colonel", "captain", "sergeant", "lieutenant", "senator", "judge", "chief",
  // common news words that some gazetteers list as hamlets
  "police", "army", "government", "parliament", "congress", "senate", "court", "school", "university", "hospital", "church", "mosque",
  "internet", "twitter", "facebook", "telegram", "youtube", "google", "apple", "microsoft", "amazon", "tesla",
  "inc", "ltd", "corp", "co", "llc", "plc", "gmbh",
  "democrats", "republicans", "democrat", "republican", "labour", "conservative",
];

/** Words that start place names but are no place alone ("Al", "Tal", "Jabal"). */
export const GENERIC_PARTS: readonly string[] = [
  "al", "el", "ad", "as", "ash", "az", "an", "ar", "at", "tal", "tall", "tell", "tel", "jabal", "jebel", "wadi", "ras", "ain", "ayn", "bir",
  "deir", "dayr", "kafr", "kfar", "abu", "umm", "beit", "bayt", "khirbet", "khirbat", "nahr", "qasr", "hay", "hayy", "sheikh", "shaykh",
  "new", "old", "north", "south", "east", "west", "upper", "lower", "great", "little", "san", "santa", "saint", "st", "port", "fort", "mount",
  "lake", "river", "city", "central", "greater", "la", "le", "los", "las", "de", "du", "des", "bin", "ibn",
];

/** Lower-case words allowed inside a multi-word place name ("Deir ez-Zor", "Stratford-upon-Avon"). */
export const NAME_CONNECTORS: readonly string[] = [
  "al", "el", "ad", "as", "ash", "az", "ez", "es", "en", "an", "ar", "at", "ath", "adh", "ed", "er", "et", "ul", "of", "de", "du", "des", "la", "le",
  "los", "las", "del", "da", "do", "dos", "di", "bin", "ibn", "bint", "upon", "on", "am", "im", "der", "den", "sur", "en", "y", "aan", "op",
];

/** Titles and roles that announce a person: the capitalised words after them are a name. */
export const PERSON_CUES: readonly string[] = [
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "father", "sister", "brother",
  "president", "minister", "premier", "chancellor", "secretary", "governor", "mayor", "senator", "sen", "rep", "representative", "gov",
  "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "admiral",
  "leader", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "officer", "judge", "justice", "attorney", "coach", "king", "queen",
  "prince", "princess", "sheikh", "emir", "imam", "ayatollah", "cleric", "pope", "bishop", "archbishop", "rabbi", "pastor", "dean",
  "journalist", "reporter", "correspondent", "analyst", "activist", "actor", "actress", "singer", "player", "striker", "defender", "writer",
  "author", "artist", "painter", "poet", "ceo", "chairman", "founder", "deputy", "councillor", "councilman", "councilwoman", "sheriff",
  "detective", "constable", "trooper", "agent", "head", "emir", "son", "daughter", "wife", "husband", "mother", "uncle", "aunt", "cousin",
];

/** Words after a place name that make it an administrative unit (precision 3) or a part of one. */
export const ADMIN_SUFFIXES: Readonly<Record<string, 2 | 3>> = {
  province: 3, governorate: 3, oblast: 3, region: 3, state: 3, district: 2, county: 2, raion: 2, rayon: 2, prefecture: 3, department: 3,
  countryside: 2, municipality: 2, wilayah: 3, wilaya: 3, muhafazah: 3, territory: 3, canton: 2, subdistrict: 2, "sub-district": 2,
};

/** Words after a place name that make it an airport or an airbase. */
export const AIRPORT_SUFFIXES: readonly string[] = ["airbase", "air base", "airport", "airfield", "air field", "aerodrome", "military airport", "air station", "airstrip", "base"];

/** Words after a name that make it a feature of the place rather than another name ("Aleppo University" keeps Aleppo). */
export const FEATURE_WORDS: readonly string[] = [
  "city", "town", "village", "province", "governorate", "oblast", "region", "state", "district", "county", "countryside", "valley", "river",
  "mountains", "mountain", "plain", "desert", "airport", "airbase", "base", "dam", "bridge", "port", "harbour", "harbor", "camp", "crossing",
  "checkpoint", "front", "pocket", "axis", "direction", "sector", "area", "outskirts", "suburbs", "frontline", "salient", "bridgehead", "district", "highway", "road", "street", "square", "border", "coast", "gulf", "sea", "lake", "island", "islands",
];

/** Verbs of speech: a lone capitalised word next to one is a speaker ("Mercer said", "said Newell"). */
export const SPEECH_VERBS: readonly string[] = ["said", "says", "told", "added", "explained", "noted", "stated", "wrote", "asked", "replied", "recalled", "argued", "insisted"];

/** Locative prepositions: a capitalised word after one of these is more likely a place. */
export const LOCATIVES: readonly string[] = ["in", "at", "near", "from", "to", "into", "outside", "around", "across", "toward", "towards", "via", "of", "through", "outskirts", "between", "and"];

/** Compass directions and their bearings in degrees. */
export const DIRECTIONS: Readonly<Record<string, number>> = {
  north: 0, northeast: 45, "north east": 45, east: 90, southeast: 135, "south east": 135, south: 180, southwest: 225, "south west": 225,
  west: 270, northwest: 315, "north west": 315, northern: 0, southern: 180, eastern: 90, western: 270, northeastern: 45, northwestern: 315,
  southeastern: 135, southwestern: 225,
};
