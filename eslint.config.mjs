import js from "@eslint/js";
import tseslint from "typescript-eslint";

const pure = (what) => ({
  paths: [
    "fs",
    "node:fs",
    "fs/promises",
    "node:fs/promises",
    "http",
    "node:http",
    "net",
    "node:net",
    "pg",
  ].map((name) => ({
    name,
    message: `${what} is pure: take data as arguments; only cli and server read files.`,
  })),
  patterns: [
    {
      group: ["@sitrep/store", "@sitrep/server", "@sitrep/cli", "@sitrep/web"],
      message: `${what} must not depend on the layers above it.`,
    },
  ],
});

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "data/**", "**/*.mjs", "**/*.js", "packages/web/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Tests have a tsconfig of their own in each package's test/ folder; these few files use the default project.
        projectService: { allowDefaultProject: ["vitest.config.ts", "packages/*/src/*.test.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // A default clause is a deliberate answer for the cases it does not name.
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/coder/src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", pure("The coder")],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='map']",
          message:
            "Use mapPacked (src/arrays.ts): V8's optimised map makes holey arrays, its unoptimised one packed arrays, and every optimised reader deoptimises when they change.",
        },
      ],
    },
  },
  {
    files: ["packages/gazetteer/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", pure("The gazetteer")] },
  },
  {
    files: ["packages/store/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@sitrep/server", "@sitrep/cli", "@sitrep/web"],
              message: "The store sits below the server and the CLI.",
            },
          ],
        },
      ],
    },
  },
  // SQL only in the store; the server gets the coder injected and never reaches up into the CLI or web app.
  {
    files: ["packages/server/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["kysely", "pg", "@electric-sql/pglite"].map((name) => ({
            name,
            message: "No SQL outside packages/store: call a repository.",
          })),
          patterns: [
            {
              group: ["@sitrep/coder", "@sitrep/gazetteer"],
              message: "The server never loads the coder or its model: it is injected as an Extractor.",
            },
            {
              group: ["@sitrep/cli", "@sitrep/web"],
              message: "The server sits below the CLI and the web app.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/cli/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["kysely", "pg", "@electric-sql/pglite"].map((name) => ({
            name,
            message: "No SQL outside packages/store: call a repository.",
          })),
          patterns: [
            {
              group: ["@sitrep/web"],
              message: "The CLI serves the web app's built files; it does not import it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/control/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", pure("The control model")] },
  },
  {
    files: ["**/*.test.ts", "vitest.config.ts"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
);
