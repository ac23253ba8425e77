import { describe, expect, it } from "vitest";
import { run } from "./run.js";

describe("sitrep", () => {
  it("rejects an unknown command with exit code 2", async () => {
    expect(await run(["frobnicate"])).toBe(2);
  });
});
