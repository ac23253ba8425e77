import { useEffect, useRef } from "react";
import type { Evidence } from "../api/types.ts";

/** Where the evidence sits in the text: its offsets, or else the first place its words appear. */
export function evidenceRange(text: string, evidence: Evidence | null): [number, number] | null {
  if (!evidence) return null;
  const { start, end } = evidence;
  if (
    start >= 0 &&
    end <= text.length &&
    start < end &&
    (!evidence.text || text.slice(start, end) === evidence.text)
  )
    return [start, end];
  const at = evidence.text ? text.indexOf(evidence.text) : -1;
  return at >= 0 ? [at, at + evidence.text.length] : null;
}

/** The report's text with the evidence marked and scrolled into view. */
export function ReportText({ text, evidence }: { text: string; evidence: Evidence | null }) {
  const mark = useRef<HTMLElement>(null);
  const range = evidenceRange(text, evidence);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
  }, [text, range?.[0]]);
  if (!range) {
    return (
      <div className="report-text" tabIndex={0} aria-label="Report text">
        {evidence && <p className="muted small">Evidence: “{evidence.text}”</p>}
        {text}
      </div>
    );
  }
  return (
    <div className="report-text" tabIndex={0} aria-label="Report text, evidence highlighted">
      {text.slice(0, range[0])}
      <mark ref={mark}>{text.slice(range[0], range[1])}</mark>
      {text.slice(range[1])}
    </div>
  );
}
