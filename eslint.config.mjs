import js from "@eslint/js";
import tseslint from "typescript-eslint";

const pure = (what) => ({
  paths: ["fs", "node:fs", "fs/promises", "node:fs/promises", "http", "node:http", "net", "node:net", "pg"].map(
    (name) => ({ name, message: `${what} is pure: take data as arguments; only cli and server read files.` }),
  ),
  patterns: [
    { group: ["@sitrep/store", "@sitrep/server", "@sitrep/cli", "@sitrep/web"], message: `${what} must not depend on the layers above it.` },
  ],
});

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "data/**", "**/*.mjs", "**/*.js", "packages/web/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["packages/coder/src/**/*.ts"], rules: { "no-restricted-imports": ["error", pure("The coder")] } },
  { files: ["packages/gazetteer/src/**/*.ts"], rules: { "no-restricted-imports": ["error", pure("The gazetteer")] } },
  {
    files: ["packages/store/src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@sitrep/server", "@sitrep/cli", "@sitrep/web"], message: "The store sits below the server and the CLI." }] }],
    },
  },
  { files: ["**/*.test.ts", "vitest.config.ts"], rules: { "no-restricted-imports": "off", "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-member-access": "off" } },
);
