import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The app is served by `sitrep serve` at `/`; the API lives under `/api/` on the same origin. */
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/reports": "http://127.0.0.1:8080" } },
});
