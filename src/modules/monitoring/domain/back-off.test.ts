import { describe, expect, it } from "vitest";
import { BACK_OFF, isStale, nextAttemptAt, retryDelayMs } from "./back-off";

const minutes = (ms: number) => ms / 60_000;

describe("retry back-off", () => {
  it("doubles from five minutes up to six hours without jitter", () => {
    const delays = Array.from({ length: 12 }, (_, i) => minutes(retryDelayMs(i + 1, 0)));
    expect(delays).toEqual([5, 10, 20, 40, 80, 160, 320, 360, 360, 360, 360, 360]);
    expect(retryDelayMs(10_000, 0)).toBe(BACK_OFF.maxDelayMs);
  });

  it("shortens a wait by at most a fifth, the same way for the same number", () => {
    expect(minutes(retryDelayMs(1, 0.5))).toBe(4.5);
    expect(retryDelayMs(3, 0.37)).toBe(retryDelayMs(3, 0.37));
    for (const jitter of [0, 0.25, 0.5, 0.999]) {
      for (let failures = 1; failures <= 12; failures++) {
        const delay = retryDelayMs(failures, jitter);
        expect(delay).toBeLessThanOrEqual(retryDelayMs(failures, 0));
        expect(delay).toBeGreaterThanOrEqual(retryDelayMs(failures, 0) * 0.8);
        expect(delay).toBeLessThanOrEqual(BACK_OFF.maxDelayMs);
      }
    }
  });

  it("refuses counts and jitter it can't use", () => {
    for (const failures of [0, -1, 1.5, Number.NaN]) expect(() => retryDelayMs(failures, 0)).toThrow(RangeError);
    for (const jitter of [-0.1, 1, Number.NaN]) expect(() => retryDelayMs(1, jitter)).toThrow(RangeError);
  });

  it("dates the next attempt from the given now", () => {
    const now = new Date("2024-05-01T10:00:00Z");
    expect(nextAttemptAt(now, 2, 0)).toEqual(new Date("2024-05-01T10:10:00Z"));
  });

  it("calls a source stale after ten failures in a row, about a day without values", () => {
    expect(isStale(9)).toBe(false);
    expect(isStale(10)).toBe(true);
    const waited = Array.from({ length: 9 }, (_, i) => retryDelayMs(i + 1, 0)).reduce((a, b) => a + b, 0);
    expect(minutes(waited) / 60).toBeCloseTo(22.6, 1);
  });
});
