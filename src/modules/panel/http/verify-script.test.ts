import { describe, expect, it } from "vitest";
import { runVerifyScript } from "../../../../tests/support/panel/verify-script";
import { drawPanelNumber, drawReplacement } from "../domain/draw";
import { publishLottery } from "../domain/lottery-list";

/** docs/panel-verify.mjs against the selection core itself: same panel, same replacements. */
describe("docs/panel-verify.mjs", () => {
  const ids = Array.from({ length: 12 }, (_, i) => `P-${String(i).padStart(8, "0")}`);
  const problem = { features: [], volunteers: ids.map((id) => ({ id, values: [] })), k: 4, households: false };
  // Uneven tickets: volunteer i sits on panels in proportion to how early they are.
  const panels = Array.from({ length: 37 }, (_, p) => [0, 1, 2, 3].map((j) => (p * (j + 1) + j * 3) % 12)).map(
    (members) => [...new Set(members)],
  );
  const published = publishLottery(problem, panels);
  const list = published.panels;

  it("draws the same panel and the same replacements as domain/draw.ts, for many seeds", async () => {
    for (const seed of ["1", "  6 6 6 ", "Würfel: 3 5 2", "x".repeat(200)]) {
      const number = drawPanelNumber(published.hash, seed, list.length);
      const eligible = ids.filter((id) => !(list[number - 1] ?? []).includes(id));
      const expected = [1, 2, 3].map((round) => drawReplacement(published.hash, seed, round, eligible, list));
      const result = await runVerifyScript({
        list: published.text,
        seed,
        hash: published.hash,
        extra: [1, 2, 3].flatMap((round) => ["--replacement", `${round}:${eligible.join(",")}`]),
      });
      expect(result.exitCode).toBe(0);
      expect(result.output).toMatchObject({ hash: published.hash, hashMatches: true, panelNumber: number });
      expect(result.output?.members).toEqual(list[number - 1]);
      expect(result.output?.replacements).toEqual(
        expected.map((r, i) => ({
          round: i + 1,
          id: r.id,
          ticket: r.ticket,
          tickets: r.tickets.reduce((s, t) => s + t.tickets, 0),
          matches: null,
        })),
      );
    }
  });

  it("says so when the list does not match the published checksum or a replacement differs", async () => {
    const wrongHash = await runVerifyScript({ list: published.text, seed: "1", hash: "0".repeat(64) });
    expect(wrongHash.exitCode).toBe(1);
    expect(wrongHash.output?.hashMatches).toBe(false);
    const wrongReplacement = await runVerifyScript({
      list: published.text,
      seed: "1",
      replacements: [{ round: 1, eligible: ids, replacement: "P-NOBODY00" }],
    });
    expect(wrongReplacement.exitCode).toBe(1);
    const broken = await runVerifyScript({ list: "1: a b\n3: c d\n", seed: "1" });
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toContain('line 2 does not start with "2: "');
  });
});
