import { describe, expect, it } from "vitest";
import { CONFIG_ENV, configFromEnv, loadConfig } from "@sitrep/server";

describe("settings", () => {
  it("reads every setting from its SITREP_ environment variable, typed", () => {
    const config = loadConfig(
      configFromEnv({
        SITREP_COMMENTS_PER_MINUTE: "5",
        SITREP_COMMENT_MAX_CHARS: " 8000 ",
        SITREP_COMMENT_MAX_LINKS: "0",
        SITREP_SECURE_COOKIES: "TRUE",
        SITREP_TRUST_PROXY: "127.0.0.1, 10.0.0.0/8",
        SITREP_PUBLIC_URL: "https://sitrep.example.org",
        SITREP_SESSION_DAYS: "",
        UNRELATED: "x",
      }),
    );
    expect(config).toMatchObject({
      commentsPerMinute: 5,
      commentMaxChars: 8000,
      commentMaxLinks: 0,
      secureCookies: true,
      trustProxy: "127.0.0.1, 10.0.0.0/8",
      publicUrl: "https://sitrep.example.org",
      sessionDays: 14,
    });
    expect(loadConfig(configFromEnv({ SITREP_TRUST_PROXY: "2" })).trustProxy).toBe(2);
    expect(loadConfig(configFromEnv({ SITREP_TRUST_PROXY: "true" })).trustProxy).toBe(true);
    expect(loadConfig().trustProxy).toBe(false);
    // Every setting has a variable, and no two share one.
    expect(new Set(Object.values(CONFIG_ENV)).size).toBe(Object.keys(CONFIG_ENV).length);
  });

  it("names each wrong variable and what it expects, all at once", () => {
    const load = () =>
      loadConfig(
        configFromEnv({
          SITREP_COMMENTS_PER_MINUTE: "lots",
          SITREP_COMMENT_MAX_LINKS: "-1",
          SITREP_TRUST_PROXY: "the usual one",
          SITREP_PUBLIC_URL: "not a url",
        }),
      );
    expect(load).toThrow(/commentsPerMinute \(SITREP_COMMENTS_PER_MINUTE\): .*number/);
    expect(load).toThrow(/commentMaxLinks \(SITREP_COMMENT_MAX_LINKS\)/);
    expect(load).toThrow(/trustProxy \(SITREP_TRUST_PROXY\): expected true, false, a number of hops/);
    expect(load).toThrow(/publicUrl \(SITREP_PUBLIC_URL\)/);
  });
});
