import { useState } from "react";
import { ActorsEditor } from "./ActorsEditor.tsx";
import { PlacesEditor } from "./PlacesEditor.tsx";

/** The registries: actors and analyst-added places; the coder uses edits for the next report. */
export function RegistriesPage() {
  const [tab, setTab] = useState<"actors" | "places">("actors");
  return (
    <div className="registries">
      <h1>Registries</h1>
      <div role="tablist" aria-label="Registry" className="tabs">
        <button type="button" role="tab" aria-selected={tab === "actors"} onClick={() => setTab("actors")}>
          Actors
        </button>
        <button type="button" role="tab" aria-selected={tab === "places"} onClick={() => setTab("places")}>
          Places
        </button>
      </div>
      {tab === "actors" ? <ActorsEditor /> : <PlacesEditor />}
    </div>
  );
}
