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

/** Refines the mode of an assault from the weapons named around its trigger. */
export function weaponMode(words: string): string | null {
  if (/\b(?:drones?|uavs?|shahed|quadcopters?|fpv)\b/i.test(words)) return "drone";
  if (
    /\b(?:jets?|aircraft|warplanes?|bombers?|helicopters?|gunships?|air ?strikes?|air force|aerospace|air raids?|air operations?|su-\d+|mig-\d+|f-16s?|glide bombs?|aerial)\b/i.test(
      words,
    )
  )
    return "aerial";
  if (/\b(?:suicide)\b/i.test(words)) return "suicide-attack";
  if (/\b(?:ieds?|roadside bombs?|explosive devices?|landmines?|mines?|car bombs?)\b/i.test(words))
    return "explosives";
  if (
    /\b(?:artillery|shell(?:s|ed|ing)?|mortars?|rockets?|missiles?|grads?|howitzers?|tanks?|mlrs|himars)\b/i.test(
      words,
    )
  )
    return "heavy-weapons";
  if (
    /\b(?:gunfire|guns?|rifles?|shot|shooting|opened fire|gunmen|machine-?guns?|firefight|small arms)\b/i.test(
      words,
    )
  )
    return "firearms";
  if (/\b(?:machetes?|knives|knife|stabbed|clubs?|hacked)\b/i.test(words)) return "primitive";
  return null;
}
