import { z } from "zod";

/** A comma-separated list of IPv4/IPv6 addresses or CIDR ranges. */
const PROXY_LIST = /^\s*[0-9a-fA-F.:]+(\/\d{1,3})?(\s*,\s*[0-9a-fA-F.:]+(\/\d{1,3})?)*\s*$/;

const configSchema = z.object({
  /** Largest report text accepted, in bytes (paste, upload, fetched article, JSONL line). */
  maxReportBytes: z.number().int().positive().default(1_000_000),
  /** Timeout for fetching a URL or a feed. */
  fetchTimeoutMs: z.number().int().positive().default(15_000),
  /** How long a session lasts. */
  sessionDays: z.number().positive().default(14),
  /** Set the `Secure` flag on the session cookie (behind HTTPS). */
  secureCookies: z.boolean().default(false),
  /** Public address of this server, for Atom ids and links. */
  publicUrl: z.string().url().default("http://localhost:8080"),
  /** Login attempts allowed per client and user name per minute. */
  loginAttemptsPerMinute: z.number().int().positive().default(10),
  /** Seconds between polls of one feed, and at least between two requests to one host. */
  feedIntervalSeconds: z.number().int().positive().default(900),
  hostIntervalSeconds: z.number().nonnegative().default(5),
  /**
   * Queue: base back-off for retries; the lease a worker renews (every third of it) while it runs a
   * job, after which a dead worker's job runs again (longer than the longest coding of one report, as
   * the coder holds the thread); attempts.
   */
  jobBackoffSeconds: z.number().nonnegative().default(10),
  jobLeaseSeconds: z.number().positive().default(300),
  jobMaxAttempts: z.number().int().positive().default(5),
  /** Reader comments: at most this many a minute from one address, this many characters, this many links before moderation. */
  commentsPerMinute: z.number().int().positive().default(3),
  commentMaxChars: z.number().int().positive().default(5000),
  commentMaxLinks: z.number().int().nonnegative().default(2),
  /**
   * Behind a reverse proxy: which proxies' `X-Forwarded-For` to believe for the client's address (login
   * rate limits, comment flooding). `false` (the default) uses the connection's address; `true` trusts
   * every hop; a number trusts that many hops; otherwise a comma-separated list of addresses or CIDR
   * ranges (e.g. `127.0.0.1,10.0.0.0/8`).
   */
  trustProxy: z
    .union([
      z.boolean(),
      z.number().int().nonnegative(),
      z.string().regex(PROXY_LIST, "expected true, false, a number of hops or a list of addresses"),
    ])
    .default(false),
  /** Folder with the web app's built files, served at `/` when it has an index.html. */
  webDir: z.string().optional(),
});

/** The server's settings, validated once at start-up. */
export type ServerConfig = z.infer<typeof configSchema>;

/** The environment variable that sets each setting (`sitrep serve`, `sitrep worker`, `sitrep import`). */
export const CONFIG_ENV = {
  maxReportBytes: "SITREP_MAX_REPORT_BYTES",
  fetchTimeoutMs: "SITREP_FETCH_TIMEOUT_MS",
  sessionDays: "SITREP_SESSION_DAYS",
  secureCookies: "SITREP_SECURE_COOKIES",
  publicUrl: "SITREP_PUBLIC_URL",
  loginAttemptsPerMinute: "SITREP_LOGIN_ATTEMPTS_PER_MINUTE",
  feedIntervalSeconds: "SITREP_FEED_INTERVAL_SECONDS",
  hostIntervalSeconds: "SITREP_HOST_INTERVAL_SECONDS",
  jobBackoffSeconds: "SITREP_JOB_BACKOFF_SECONDS",
  jobLeaseSeconds: "SITREP_JOB_LEASE_SECONDS",
  jobMaxAttempts: "SITREP_JOB_MAX_ATTEMPTS",
  commentsPerMinute: "SITREP_COMMENTS_PER_MINUTE",
  commentMaxChars: "SITREP_COMMENT_MAX_CHARS",
  commentMaxLinks: "SITREP_COMMENT_MAX_LINKS",
  trustProxy: "SITREP_TRUST_PROXY",
  webDir: "SITREP_WEB_DIR",
} as const satisfies Record<keyof ServerConfig, string>;

/**
 * Settings from the environment: `true`/`false` become booleans and numbers become numbers, so that
 * `loadConfig` checks them like any other value and names the variable when one is wrong.
 */
export function configFromEnv(
  env: Record<string, string | undefined>,
): Partial<Record<keyof ServerConfig, unknown>> {
  const settings: Partial<Record<keyof ServerConfig, unknown>> = {};
  for (const [key, name] of Object.entries(CONFIG_ENV) as [keyof ServerConfig, string][]) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === "") continue;
    settings[key] = /^(true|false)$/i.test(raw)
      ? raw.toLowerCase() === "true"
      : /^-?\d+(\.\d+)?$/.test(raw)
        ? Number(raw)
        : raw;
  }
  return settings;
}

/** Validates settings, reporting every problem at once (with the environment variable that sets it). */
export function loadConfig(input: Partial<Record<keyof ServerConfig, unknown>> = {}): ServerConfig {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof ServerConfig;
      return `${issue.path.join(".")} (${CONFIG_ENV[key] ?? "?"}): ${issue.message}`;
    });
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}
