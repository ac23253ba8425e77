import type { ControlChange, Settlement } from "./types.js";

const MODALITY_NOTE: Readonly<Record<string, string>> = { claimed: " (claimed)", reported: " (reported)" };

/**
 * One change of control as a sentence: "SAA took Abu al-Duhur on 2018-01-20", "HTS withdrew from Abu Dali
 * on 2018-01-22", "HTS handed Sinjar over to SAA on …", or an analyst's setting.
 */
export function describeChange(settlement: Settlement, change: ControlChange): string {
  const place = settlement.name;
  const on = `on ${change.date}`;
  const note = change.source.kind === "event" ? (MODALITY_NOTE[change.source.modality] ?? "") : "";
  // The actors as the report named them ("Military Forces of Syria took…"), though they hold for their side.
  const holder = (change.named.taker ?? change.holder)?.name;
  const loser = (change.named.giver ?? change.loser)?.name;
  switch (change.kind) {
    case "took":
      return `${holder ?? "Someone"} took ${place} ${on}${note}`;
    case "withdrew":
      return holder
        ? `${holder} took ${place} ${on} as ${loser ?? "its holder"} withdrew${note}`
        : `${loser ?? "Its holder"} withdrew from ${place} ${on}${note}`;
    case "handover":
      return `${loser ?? "Its holder"} handed ${place} over to ${holder ?? "nobody"} ${on}${note}`;
    case "edit":
      return change.holder
        ? `${holder} holds ${place} from ${change.date} (analyst edit)`
        : `Nobody is known to hold ${place} from ${change.date} (analyst edit)`;
  }
}
