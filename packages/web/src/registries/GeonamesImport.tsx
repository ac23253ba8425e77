import { useState, type FormEvent } from "react";
import { importGeonames, type GeonamesImportResult } from "../api/endpoints.ts";

/** Uploads a GeoNames dump into the places registry and says what it did, malformed lines included. */
export function GeonamesImport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<GeonamesImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await importGeonames(file));
      onImported();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="geonames-import" aria-label="GeoNames import" onSubmit={(e) => void submit(e)}>
      <h2>Import from GeoNames</h2>
      <p className="small muted">
        A dump from download.geonames.org/export/dump: a country (<code>SY.txt</code>), or{" "}
        <code>cities500.txt</code>; plain or gzipped (<code>.gz</code>), up to 512 MiB. Places already here
        are updated by their geonameid. For <code>allCountries.txt</code>, use{" "}
        <code>sitrep gazetteer import</code>.
      </p>
      <label>
        GeoNames dump
        <input
          type="file"
          accept=".txt,.tsv,.gz,text/plain,text/tab-separated-values,application/gzip"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <button type="submit" className="primary" disabled={!file || busy}>
        {busy ? "Importing…" : "Import"}
      </button>
      {busy && (
        <p className="small" role="status">
          Uploading and reading {file?.name}…
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div role="status">
          <p>
            Imported {result.added.toLocaleString("en")} new places, updated{" "}
            {result.updated.toLocaleString("en")}; {result.skipped.toLocaleString("en")} malformed line
            {result.skipped === 1 ? "" : "s"} skipped. The coder uses them from the next report.
          </p>
          {result.errors.length > 0 && (
            <ul className="small import-errors" aria-label="Malformed lines">
              {result.errors.map((e) => (
                <li key={e.line}>
                  line {e.line}: {e.reason}
                </li>
              ))}
              {result.skipped > result.errors.length && (
                <li>… and {result.skipped - result.errors.length} more</li>
              )}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
