import { mapPacked } from "../arrays.js";
import type { PloverType } from "../types.js";

const ROOT: Record<PloverType, string | null> = {
  AGREE: "03",
  SUPPORT: "05",
  CONCEDE: "08",
  COOPERATE: "06",
  AID: "07",
  CONSULT: "04",
  RETREAT: "08",
  REQUEST: "10",
  REJECT: "12",
  ACCUSE: "11",
  THREATEN: "13",
  SANCTION: "16",
  PROTEST: "14",
  MOBILIZE: "15",
  COERCE: "17",
  ASSAULT: "19",
};

/** The CAMEO root code of a PLOVER type and mode (FORMATS.md §3). */
export function cameoRoot(type: PloverType, mode: string | null, flavour: string | null): string | null {
  if (type === "ASSAULT") {
    if (mode === "unconventional") return "20";
    if (
      mode &&
      [
        "explosives",
        "suicide-attack",
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "primitive",
      ].includes(mode)
    )
      return "18";
    return "19";
  }
  if (type === "ACCUSE" && mode === "investigate") return "09";
  if (type === "COERCE" && flavour === "territory") return "19";
  return ROOT[type];
}

/** The weapons that make an assault's mode, tried in this order. */
const WEAPON_MODES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:drones?|uavs?|shahed|quadcopters?|fpv)\b/i, "drone"],
  [
    /\b(?:jets?|aircraft|warplanes?|bombers?|helicopters?|gunships?|air ?strikes?|air force|aerospace|air raids?|air operations?|su-\d+|mig-\d+|f-16s?|glide bombs?|aerial)\b/i,
    "aerial",
  ],
  [/\b(?:suicide)\b/i, "suicide-attack"],
  [/\b(?:ieds?|roadside bombs?|explosive devices?|landmines?|mines?|car bombs?)\b/i, "explosives"],
  [
    /\b(?:artillery|shell(?:s|ed|ing)?|mortars?|rockets?|missiles?|grads?|howitzers?|tanks?|mlrs|himars)\b/i,
    "heavy-weapons",
  ],
  [
    /\b(?:gunfire|guns?|rifles?|shot|shooting|opened fire|gunmen|machine-?guns?|firefight|small arms)\b/i,
    "firearms",
  ],
  [/\b(?:machetes?|knives|knife|stabbed|clubs?|hacked)\b/i, "primitive"],
];

/** Any of them: one scan spares a text that names no weapon (most) the seven. */
const ANY_WEAPON = new RegExp(mapPacked(WEAPON_MODES, ([pattern]) => pattern.source).join("|"), "i");

/** Refines the mode of an assault from the weapons named around its trigger. */
export function weaponMode(words: string): string | null {
  if (!ANY_WEAPON.test(words)) return null;
  for (const [pattern, mode] of WEAPON_MODES) if (pattern.test(words)) return mode;
  return null;
}
