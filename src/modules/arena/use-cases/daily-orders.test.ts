import { describe, expect, it } from "vitest";
import { DAILY_ORDERS, dailyOrderOf } from "./list-entries";

describe("the random orders of a day", () => {
  const day = new Date("2026-12-06T09:00:00Z");

  it("gives a visitor the same order all day and, most likely, another one the next day", () => {
    const evening = new Date("2026-12-06T23:59:59Z");
    const visitors = Array.from({ length: 50 }, (_, i) => `account-${i}`);
    for (const visitor of visitors) expect(dailyOrderOf(visitor, evening)).toBe(dailyOrderOf(visitor, day));
    const tomorrow = new Date("2026-12-07T09:00:00Z");
    const moved = visitors.filter(
      (v) => dailyOrderOf(v, tomorrow).split(".")[1] !== dailyOrderOf(v, day).split(".")[1],
    );
    expect(moved.length).toBeGreaterThan(40);
    expect(dailyOrderOf("account-1", tomorrow)).toMatch(/^2026-12-07\.\d+$/);
  });

  it("spreads visitors evenly over all orders", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 64_000; i++) {
      const order = dailyOrderOf(`198.51.100.${i % 256}|${i}`, day);
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(DAILY_ORDERS);
    // 1,000 visitors expected per order; a fair hash stays well within ±20 %.
    for (const count of counts.values()) expect(Math.abs(count - 1_000)).toBeLessThan(200);
  });
});
