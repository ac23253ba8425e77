import { describeChange, type SettlementChange } from "@sitrep/control";
import { xml } from "./atom.js";

/**
 * The change feed as Atom (RFC 4287): one entry per change of control, linking the report (alternate)
 * and the event (related); an analyst's edit links the settlement's timeline.
 */
export function controlAtom(
  changes: readonly SettlementChange[],
  publicUrl: string,
  generatedAt: Date,
): string {
  const base = publicUrl.replace(/\/+$/, "");
  const self = `${base}/api/control/changes.atom`;
  const updated = changes[0]?.change.date ? `${changes[0].change.date}T00:00:00Z` : generatedAt.toISOString();
  const entries = changes.map(({ settlement, change }) => {
    const source = change.source;
    const id =
      source.kind === "event"
        ? `${base}/api/control/changes/event-${source.eventId}-${settlement.key}`
        : `${base}/api/control/changes/edit-${source.editId}`;
    const links =
      source.kind === "event"
        ? (source.reportId === null
            ? ""
            : `<link rel="alternate" type="text/html" href="${xml(`${base}/reports/${source.reportId}`)}"/>\n`) +
          `<link rel="related" type="application/json" href="${xml(`${base}/api/events/${source.eventId}`)}"/>\n`
        : `<link rel="alternate" type="application/json" href="${xml(`${base}/api/control/settlements/${encodeURIComponent(settlement.key)}`)}"/>\n`;
    return (
      `<entry>\n<id>${xml(id)}</id>\n<title>${xml(describeChange(settlement, change))}</title>\n` +
      `<updated>${change.date}T00:00:00Z</updated>\n${links}<category term="${change.kind}"/>\n</entry>\n`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n` +
    `<id>${xml(self)}</id>\n<title>Sitrep: changes of territorial control</title>\n<updated>${updated}</updated>\n` +
    `<author><name>Sitrep</name></author>\n<link rel="self" type="application/atom+xml" href="${xml(self)}"/>\n` +
    `${entries.join("")}</feed>\n`
  );
}
