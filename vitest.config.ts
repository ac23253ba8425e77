import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const pkg = (name: string): string =>
  fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // A subpath the coder thread imports without the store (before "@sitrep/store", which would match it).
      "@sitrep/store/search-words": fileURLToPath(
        new URL("./packages/store/src/search-words.ts", import.meta.url),
      ),
      "@sitrep/gazetteer": pkg("gazetteer"),
      "@sitrep/coder": pkg("coder"),
      "@sitrep/store": pkg("store"),
      "@sitrep/server": pkg("server"),
      "@sitrep/control": pkg("control"),
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
