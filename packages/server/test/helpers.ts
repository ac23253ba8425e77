import type { FastifyInstance } from "fastify";
import { testDatabases, type Role, type Store, type TestDatabase } from "@sitrep/store";
import {
  buildApp,
  loadConfig,
  type ExtractContext,
  type ExtractedEvent,
  type Extractor,
  type ServerConfig,
} from "@sitrep/server";
import { secretHash } from "../src/auth/secrets.js";

/** The engines every server test runs on. */
export const engines: TestDatabase[] = await testDatabases();

/** A fake coder: one ASSAULT event per sentence that mentions "struck", located at Abu Dali. */
export const fakeExtractor: (
  text: string,
  context: ExtractContext,
) => { events: ExtractedEvent[] } | Promise<{ events: ExtractedEvent[] }> = (text, context) => {
  const events: ExtractedEvent[] = [];
  const pattern = /[^.]*\bstruck\b[^.]*\./g;
  for (const match of text.matchAll(pattern)) {
    events.push({
      type: "ASSAULT",
      mode: "aerial",
      acled: { event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike" },
      cameo: "19",
      actor1: { id: "rus-mil", name: "Military Forces of Russia", text: "Russian jets" },
      actor2: { id: "hts", name: "Hayat Tahrir al-Sham", text: "HTS" },
      location: {
        name: "Abu Dali",
        text: "Abu Dali",
        geonameid: 170063,
        lat: 35.4,
        lon: 36.9,
        country: "SY",
        admin1: "Hama",
        precision: 1,
      },
      date: context.published ? { start: context.published, end: context.published, precision: 1 } : null,
      modality: "asserted",
      fatalities: /killing (\d+)/.exec(match[0])?.[1] ? Number(/killing (\d+)/.exec(match[0])?.[1]) : null,
      evidence: {
        sentence: 0,
        start: match.index,
        end: match.index + match[0].length,
        text: match[0].trim(),
      },
      confidence: 0.8,
      rule: "fake:struck",
      wounded: null,
    } as ExtractedEvent);
  }
  return { events };
};

/** A running app over a fresh store, and helpers to act as a user. */
export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** An API token for a new user with this role. */
  tokenFor(role: Role, name?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds an app on a fresh database of this engine. */
export async function startApp(
  engine: TestDatabase,
  config: Partial<ServerConfig> = {},
  extractor: Extractor = fakeExtractor,
): Promise<TestApp> {
  const store = await engine.open();
  const app = await buildApp({
    store,
    extractor,
    config: loadConfig({ jobBackoffSeconds: 0, hostIntervalSeconds: 0, ...config }),
  });
  let n = 0;
  return {
    app,
    store,
    async tokenFor(role, name) {
      const user = await store.users.create({ name: name ?? `${role}-${++n}`, role, passwordHash: "unused" });
      const token = `test-token-${role}-${n}-${Math.random()}`;
      await store.tokens.create({ userId: user!.id, name: "test", tokenHash: secretHash(token) });
      return token;
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}
