import { useEffect, useState, type FormEvent } from "react";
import { addReport, getJob, reportEvents, type ReportInput } from "../api/endpoints.ts";
import type { Job, SitrepEvent } from "../api/types.ts";
import { summary } from "../ui/format.ts";
import { navigate } from "../ui/router.ts";

type Kind = ReportInput["kind"];
const KINDS: { id: Kind; label: string }[] = [
  { id: "text", label: "Paste text" },
  { id: "file", label: "Upload a file" },
  { id: "url", label: "From a URL" },
  { id: "feed", label: "Subscribe to a feed" },
];

/** Add a report (text, file, URL or feed), follow its coding job, then list the events it produced. */
export function AddReportPage() {
  const [kind, setKind] = useState<Kind>("text");
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [published, setPublished] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [events, setEvents] = useState<SitrepEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!job || job.state === "done" || job.state === "failed") return;
    const timer = window.setTimeout(() => {
      getJob(job)
        .then(setJob)
        .catch((err: Error) => setError(err.message));
    }, 400);
    return () => window.clearTimeout(timer);
  }, [job]);

  useEffect(() => {
    if (job?.state !== "done" || !job.reportIds.length) return;
    Promise.all(job.reportIds.map(reportEvents))
      .then((lists) => setEvents(lists.flat()))
      .catch((err: Error) => setError(err.message));
  }, [job]);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setError(null);
    setEvents(null);
    const input: ReportInput | null =
      kind === "text"
        ? { kind, text, title: title || undefined, published: published || undefined }
        : kind === "file"
          ? file
            ? { kind, file }
            : null
          : { kind, url };
    if (!input) return setError("Choose a file first.");
    try {
      setJob(await addReport(input));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  const running = job && (job.state === "queued" || job.state === "running");
  return (
    <div className="add-report">
      <h1>Add a report</h1>
      <div role="tablist" aria-label="How to add the report" className="tabs">
        {KINDS.map((k) => (
          <button
            key={k.id}
            type="button"
            role="tab"
            aria-selected={kind === k.id}
            onClick={() => setKind(k.id)}
          >
            {k.label}
          </button>
        ))}
      </div>
      <form onSubmit={(e) => void submit(e)} aria-label={KINDS.find((k) => k.id === kind)?.label}>
        {kind === "text" && (
          <>
            <label>
              Title <input value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <label>
              Published <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
            </label>
            <label>
              Report text
              <textarea
                required
                rows={12}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder="ISIS fighters who broke out of the Akerbat pocket attacked HTS-held villages east of Hama…"
              />
            </label>
          </>
        )}
        {kind === "file" && (
          <label>
            A .txt, .md or .html file
            <input
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
        )}
        {(kind === "url" || kind === "feed") && (
          <label>
            {kind === "url" ? "Article address" : "RSS or Atom feed address"}
            <input
              type="url"
              required
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://"
            />
          </label>
        )}
        <button type="submit" className="primary" disabled={Boolean(running)}>
          {kind === "feed" ? "Subscribe" : "Add and code"}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {job && (
        <section className="job" aria-live="polite">
          <label>
            Coding: {job.state}
            <progress max={1} value={job.state === "done" ? 1 : job.progress || undefined} />
          </label>
          {job.error && <p className="error">{job.error}</p>}
          {job.note && <p className="notice">{job.note}</p>}
          {events && (
            <>
              <h2>
                {events.length} event{events.length === 1 ? "" : "s"} coded
              </h2>
              <ul className="new-events">
                {events.map((ev) => (
                  <li key={ev.id}>
                    <a
                      href={`/?event=${encodeURIComponent(ev.id)}`}
                      onClick={(e) => (
                        e.preventDefault(),
                        navigate("/", `?event=${encodeURIComponent(ev.id)}`)
                      )}
                    >
                      {summary(ev)}
                    </a>{" "}
                    <span className="muted small">
                      {ev.date?.start ?? "undated"} · {ev.modality}
                    </span>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => navigate("/")}>
                See them on the map
              </button>
            </>
          )}
        </section>
      )}
    </div>
  );
}
