import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../tests/support/database";
import { createDeps } from "../../../app/bootstrap";
import { auditLog } from "../../../platform/audit/schema";
import { loadConfig } from "../../../platform/config/config";
import type { Database } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Conflict } from "../../../platform/errors/errors";
import { createMemoryLogger } from "../../../platform/log/logger";
import type { Actor } from "../../../platform/permissions/permissions";
import { panelJobs, panelLotteries, panels, panelVolunteers } from "../data/schema";
import { drawPanelNumber } from "../domain/draw";
import { parseLotteryList, publishLottery as publishList } from "../domain/lottery-list";
import { createPanel } from "./create-panel";
import { deleteExpiredPersonalData } from "./delete-expired-personal-data";
import { drawPanel } from "./draw-panel";
import { publishLottery } from "./publish-lottery";

const coordinator: Actor = {
  kind: "user",
  id: "00000000-0000-4000-8000-000000000001",
  label: "Koordination",
  grants: [{ role: "strategy_office", scopeType: null, scopeId: null }],
};

/** A panel whose selection has run, with a lottery of 50 panels ready to publish (no solver needed). */
async function panelReadyToPublish(deps: Deps): Promise<{ id: string; lottery: string[][]; hash: string }> {
  const { id } = await createPanel(deps, { actor: coordinator }, {
    name: "Rat für die Ziehung",
    size: 2,
    lotterySize: 50,
    quotas: "feature,value,min,max\ngender,female,1,1\ngender,male,1,1\n",
  } as never);
  const now = deps.clock();
  const pseudonyms = ["P-AAAA0001", "P-AAAA0002", "P-AAAA0003", "P-AAAA0004"];
  await deps.database.db.insert(panelVolunteers).values(
    pseudonyms.map((pseudonym, i) => ({
      panelId: id,
      pseudonym,
      features: { gender: i % 2 ? "male" : "female" },
      registeredAt: now,
    })),
  );
  // Two panels that meet the quotas, 25 tickets each, published as the selection core does.
  const problem = {
    features: [],
    volunteers: pseudonyms.map((id) => ({ id, values: [] })),
    k: 2,
    households: false,
  };
  const published = publishList(
    problem,
    Array.from({ length: 50 }, (_, i) => [(i % 2) * 2, 1 + (i % 2) * 2]),
  );
  await deps.database.db.update(panels).set({ status: "registration" }).where(eq(panels.id, id));
  await deps.database.db.insert(panelJobs).values({
    panelId: id,
    kind: "selection",
    status: "succeeded",
    progress: 100,
    createdAt: now,
    outcome: {
      algorithm: "leximin",
      minProbability: 0.5,
      distributionPanels: 2,
      listText: published.text,
      hash: published.hash,
      lotterySize: 50,
      maxDeviation: 0,
      comparison: null,
      ms: 1,
    },
  });
  return { id, lottery: parseLotteryList(published.text), hash: published.hash };
}

for (const kind of testDatabaseKinds) {
  describe(`the draw happens once per published list (${kind.kind})`, () => {
    let database: Database;
    let deps: Deps;
    beforeAll(async () => {
      database = await kind.open();
      deps = await createDeps(loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false" }), database, {
        logger: createMemoryLogger(),
      });
    });
    afterAll(() => database.close());

    it("publishes the list's SHA-256 and draws the panel the published procedure names", async () => {
      const { id, lottery, hash } = await panelReadyToPublish(deps);
      const published = await publishLottery(deps, { actor: coordinator }, { panelId: id });
      expect(published.hash).toBe(hash);
      await expect(publishLottery(deps, { actor: coordinator }, { panelId: id })).rejects.toBeInstanceOf(Conflict);

      const first = await drawPanel(deps, { actor: coordinator }, { panelId: id, seed: "  17 4 33 8  " });
      const number = drawPanelNumber(published.hash, "17 4 33 8", 50);
      expect(first).toEqual({ kind: "drawn", panelNumber: number, members: lottery[number - 1] });

      const again = await drawPanel(deps, { actor: coordinator }, { panelId: id, seed: "17 4 33 8" });
      expect(again).toEqual({ kind: "repeated", panelNumber: number, members: lottery[number - 1] });

      const other = await drawPanel(deps, { actor: coordinator }, { panelId: id, seed: "1 2 3" });
      expect(other).toEqual({ kind: "refused", seed: "17 4 33 8" });
      const [row] = await database.db.select().from(panelLotteries).where(eq(panelLotteries.panelId, id));
      expect(row?.seed).toBe("17 4 33 8");
      expect(row?.drawnIndex).toBe(number);
      const refusals = await database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.objectId, id), eq(auditLog.action, "panel.draw.refused")));
      expect(refusals).toHaveLength(1);
      const selected = await database.db
        .select({ pseudonym: panelVolunteers.pseudonym })
        .from(panelVolunteers)
        .where(and(eq(panelVolunteers.panelId, id), eq(panelVolunteers.selected, true)));
      expect(selected.map((s) => s.pseudonym).sort()).toEqual(lottery[number - 1]);
    });

    it("lets only one of two simultaneous draws with different seeds through", async () => {
      const { id } = await panelReadyToPublish(deps);
      await publishLottery(deps, { actor: coordinator }, { panelId: id });
      const results = await Promise.allSettled([
        drawPanel(deps, { actor: coordinator }, { panelId: id, seed: "seed one" }),
        drawPanel(deps, { actor: coordinator }, { panelId: id, seed: "seed two" }),
      ]);
      const drawn = results.filter((r) => r.status === "fulfilled" && r.value.kind === "drawn");
      expect(drawn).toHaveLength(1);
      const loser = results.find((r) => !(r.status === "fulfilled" && r.value.kind === "drawn"));
      if (loser?.status === "rejected") expect(loser.reason).toBeInstanceOf(Conflict);
      else expect(loser?.status === "fulfilled" && loser.value.kind).toBe("refused");
      const draws = await database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.objectId, id), like(auditLog.action, "panel.draw%")));
      expect(draws.filter((d) => d.action === "panel.draw")).toHaveLength(1);
    });

    it("deletes the pool's personal data once the retention period after the draw has passed", async () => {
      const { id } = await panelReadyToPublish(deps);
      await database.db
        .update(panelVolunteers)
        .set({ name: "Erika", email: "erika@example.org" })
        .where(eq(panelVolunteers.panelId, id));
      await publishLottery(deps, { actor: coordinator }, { panelId: id });
      await drawPanel(deps, { actor: coordinator }, { panelId: id, seed: "42" });
      const dayBefore = { ...deps, clock: () => new Date(deps.clock().getTime() + 364 * 86_400_000) };
      expect(await deleteExpiredPersonalData(dayBefore)).not.toContain(id);
      const after = { ...deps, clock: () => new Date(deps.clock().getTime() + 366 * 86_400_000) };
      expect(await deleteExpiredPersonalData(after)).toContain(id);
      const rows = await database.db.select().from(panelVolunteers).where(eq(panelVolunteers.panelId, id));
      expect(rows.map((r) => [r.name, r.email])).toEqual(rows.map(() => [null, null]));
      expect(rows.every((r) => r.features.gender)).toBe(true);
      expect(await deleteExpiredPersonalData(after)).not.toContain(id);
    });

    it("refuses a draw before the list is published", async () => {
      const { id } = await panelReadyToPublish(deps);
      await expect(drawPanel(deps, { actor: coordinator }, { panelId: id, seed: "1" })).rejects.toMatchObject({
        message: "panel.errors.notPublished",
      });
    });
  });
}
