import { z } from "zod";

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
  /** Folder with the web app's built files, served at `/` when it has an index.html. */
  webDir: z.string().optional(),
});

/** The server's settings, validated once at start-up. */
export type ServerConfig = z.infer<typeof configSchema>;

/** Validates settings, reporting every problem at once. */
export function loadConfig(input: Partial<Record<keyof ServerConfig, unknown>> = {}): ServerConfig {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}
