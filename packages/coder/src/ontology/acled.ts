import type { ActorKind } from "../model.js";
import type { Modality, PloverType } from "../types.js";

/** ACLED event type and sub-event type (FORMATS.md §1). */
export interface AcledType {
  readonly event_type: string;
  readonly sub_event_type: string;
}

/** What the ACLED mapping needs to know about an event. */
export interface AcledInput {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly modality: Modality;
  readonly actor1Kind: ActorKind | null;
  readonly actor2Kind: ActorKind | null;
  readonly flavour: "territory" | "property" | "intercept" | null;
  /** The mode came from the trigger word itself ("shelled"), not from the words around it. */
  readonly modeFromTrigger: boolean;
}

const STATE: ReadonlySet<ActorKind> = new Set(["military", "police", "government"]);
const ERV = "Explosions/Remote violence";
const SD = "Strategic developments";
const VAC = "Violence against civilians";
const at = (event_type: string, sub_event_type: string): AcledType => ({ event_type, sub_event_type });

/**
 * The ACLED event and sub-event type of a PLOVER event, after the crosswalk in FORMATS.md §3. ACLED
 * codes only what happened: planned, hypothetical and negated events have none.
 */
export function acledType(e: AcledInput): AcledType | null {
  if (e.modality === "planned" || e.modality === "hypothetical" || e.modality === "negated") return null;
  const civilianTarget = e.actor2Kind === "civilians";
  switch (e.type) {
    case "ASSAULT":
      return assault(e, civilianTarget);
    case "COERCE":
      if (e.flavour === "property") return at(SD, "Looting/property destruction");
      // Protesters arrested are part of ACLED's protest event (its intervention), not arrests of their own.
      if (e.mode === "arrest" && e.actor2Kind === "protesters") return null;
      if (e.mode === "arrest")
        return e.actor1Kind && STATE.has(e.actor1Kind)
          ? at(SD, "Arrests")
          : at(VAC, "Abduction/forced disappearance");
      if (e.mode === "seize" || e.flavour === "territory") {
        return e.actor1Kind && STATE.has(e.actor1Kind)
          ? at("Battles", "Government regains territory")
          : at("Battles", "Non-state actor overtakes territory");
      }
      return null;
    case "PROTEST":
      if (e.mode === "riot") return at("Riots", "Violent demonstration");
      if (e.mode === "demo") return at("Protests", "Peaceful protest");
      return null;
    case "AGREE":
      return at(SD, "Agreement");
    case "CONCEDE":
      return at(SD, "Change to group/activity");
    case "RETREAT":
      return e.mode === "ceasefire" ? at(SD, "Agreement") : null;
    default:
      return null;
  }
}

function assault(e: AcledInput, civilianTarget: boolean): AcledType {
  if (e.flavour === "intercept") return at(SD, "Disrupted weapons use");
  if (e.actor1Kind === "protesters") return at("Riots", "Mob violence");
  switch (e.mode) {
    case "aerial":
    case "drone":
      return at(ERV, "Air/drone strike");
    case "suicide-attack":
      return at(ERV, "Suicide bomb");
    case "explosives":
      return at(ERV, "Remote explosive/landmine/IED");
    case "unconventional":
      return at(ERV, "Chemical weapon");
    case "abduct":
      return at(VAC, "Abduction/forced disappearance");
    case "destroy":
      return at(SD, "Looting/property destruction");
    case "sexual":
      return at(VAC, "Sexual violence");
    // Tear gas or water cannon on a crowd: the protest ACLED codes as broken up (FORMATS.md §3).
    case "crowd-control":
      return at("Protests", "Protest with intervention");
    case "heavy-weapons":
      if (civilianTarget || e.modeFromTrigger || e.actor2Kind === null)
        return at(ERV, "Shelling/artillery/missile attack");
      return at("Battles", "Armed clash");
    default:
      if (civilianTarget) return at(VAC, "Attack");
      if (e.actor2Kind === "protesters") return at("Protests", "Excessive force against protesters");
      return at("Battles", "Armed clash");
  }
}
