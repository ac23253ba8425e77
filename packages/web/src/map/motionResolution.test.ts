import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Map as MapLibreMap } from "maplibre-gl";
import { adaptResolutionWhileMoving } from "./motionResolution.ts";

/** Enough of a MapLibre map: events, and a pixel ratio whose change fires move events at rest, as MapLibre's does. */
class FakeMap {
  ratio = 1;
  moving = false;
  private readonly handlers = new Map<string, Set<() => void>>();
  on(type: string, f: () => void): void {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)!.add(f);
  }
  off(type: string, f: () => void): void {
    this.handlers.get(type)?.delete(f);
  }
  fire(type: string): void {
    for (const f of [...(this.handlers.get(type) ?? [])]) f();
  }
  getPixelRatio(): number {
    return this.ratio;
  }
  setPixelRatio(ratio: number): void {
    this.ratio = ratio;
    if (!this.moving) ["movestart", "move", "resize", "moveend"].forEach((t) => this.fire(t));
    else this.fire("resize");
  }
  /** A move of `frames` frames, `ms` apart; returns the pixel ratio of each frame. */
  move(frames: number, ms: number, clock: { now: number }): number[] {
    this.moving = true;
    this.fire("movestart");
    const ratios: number[] = [];
    for (let i = 0; i < frames; i++) {
      clock.now += ms;
      this.fire("render");
      ratios.push(this.ratio);
    }
    this.moving = false;
    this.fire("moveend");
    return ratios;
  }
}

describe("dynamic resolution while moving", () => {
  const clock = { now: 0 };
  beforeEach(() => {
    vi.stubGlobal("window", { devicePixelRatio: 1 });
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("draws fewer pixels while slow frames move the map, never below half, and all of them at rest", () => {
    const map = new FakeMap();
    const stop = adaptResolutionWhileMoving(map as unknown as MapLibreMap);
    // 100 ms frames: well under the target rate, so the scale drops by √(27.8/100) after a few frames.
    const first = map.move(12, 100, clock);
    expect(first[0]).toBe(1);
    expect(first.at(-1)).toBeCloseTo(Math.sqrt(1000 / 36 / 100), 2);
    expect(map.ratio).toBe(1);
    // Still slow at that scale: down to the floor, and the next move starts there.
    map.move(12, 100, clock);
    expect(map.move(3, 100, clock)[0]).toBe(0.5);
    expect(map.ratio).toBe(1);
    stop();
  });

  it("changes nothing where frames keep up", () => {
    const map = new FakeMap();
    const stop = adaptResolutionWhileMoving(map as unknown as MapLibreMap);
    expect(new Set(map.move(30, 16, clock))).toEqual(new Set([1]));
    stop();
  });

  it("goes back up when frames get faster", () => {
    const map = new FakeMap();
    const stop = adaptResolutionWhileMoving(map as unknown as MapLibreMap);
    map.move(30, 120, clock);
    expect(map.move(1, 20, clock)[0]).toBe(0.5);
    expect(map.move(30, 10, clock).at(-1)).toBe(1);
    stop();
  });

  it("follows the device's pixel ratio at rest", () => {
    const map = new FakeMap();
    const stop = adaptResolutionWhileMoving(map as unknown as MapLibreMap);
    map.move(3, 100, clock);
    vi.stubGlobal("window", { devicePixelRatio: 2 });
    map.fire("resize");
    expect(map.ratio).toBe(2);
    stop();
  });
});
