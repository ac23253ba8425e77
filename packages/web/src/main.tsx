import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-600.css";
import "./styles.css";
import { App } from "./App.tsx";
import { prefetchMapData } from "./api/endpoints.ts";

performance.mark("sitrep:start");
// The map page's data starts downloading before React and the session check run.
if (window.location.pathname === "/") {
  prefetchMapData();
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
