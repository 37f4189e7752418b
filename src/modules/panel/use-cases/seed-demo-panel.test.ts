import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { panelJobs, panelLotteries, panels } from "../data/schema";
import { drawPanelNumber } from "../domain/draw";
import { panelModule } from "../module";
import { selectionJobsIdle } from "./run-selection-job";
import { DEMO_DRAW_SEED, DEMO_OPEN_PANEL_NAME, DEMO_PANEL_NAME } from "./seed-demo-panel";
import { startSelection } from "./start-selection";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("the demo panels", () => {
  it("are seeded once: the committee after its draw, the second panel open for registration", async () => {
    await panelModule.seed?.(t.deps);
    await panelModule.seed?.(t.deps);
    const rows = await t.database.db.select().from(panels);
    expect(rows).toHaveLength(2);
    const committee = rows.find((r) => r.name === DEMO_PANEL_NAME);
    const open = rows.find((r) => r.name === DEMO_OPEN_PANEL_NAME);
    expect(committee).toMatchObject({ size: 70, invitationsSent: 3000, status: "drawn", demo: true });
    expect(open).toMatchObject({ status: "registration", demo: true });

    // The draw follows the published procedure: the fixed public number picks the panel.
    const [lottery] = await t.database.db
      .select()
      .from(panelLotteries)
      .where(eq(panelLotteries.panelId, committee?.id as string));
    expect(lottery?.seed).toBe(DEMO_DRAW_SEED);
    expect(lottery?.drawnIndex).toBe(drawPanelNumber(lottery?.hash as string, DEMO_DRAW_SEED, 1000));

    const html = await (await t.app.request(`/panels/${committee?.id}`)).text();
    const text = visible(html);
    expect(text).toContain("Demo-Inhalt");
    expect(text).toContain("Angemeldete Personen 150");
    expect(text).toContain("70 von ihnen bildeten das Stadtgremium");
    expect(text).toContain(
      `Mit der Zufallszahl „${DEMO_DRAW_SEED}“ wurde Rat Nummer ${lottery?.drawnIndex} von 1.000 gezogen.`,
    );
    expect(text).toContain("Verschickte Einladungen 3.000");
    // "divers" is one percent of the population, not all of it.
    expect(text).toMatch(/Geschlecht divers 0–3 1,0 %/);
    expect(text).not.toContain("100,0 %");

    const openText = visible(await (await t.app.request(`/panels/${open?.id}`)).text());
    expect(openText).toContain("Anmeldung offen");
    expect(openText).toContain("Bisher angemeldet 64");
    expect(openText).not.toContain("bildeten");
    expect(openText).not.toContain("Ergebnis der Ziehung");
    const english = visible(await (await t.app.request(`/panels/${committee?.id}?lang=en`)).text());
    expect(english).toContain("Digital Berlin City Committee");
    expect(english).toContain("70 of them formed the City Committee");
    expect(english).not.toContain("Stadtgremium");
  });

  it("look the same on every start: the same pseudonyms, list and draw", async () => {
    const other = await createTestApp();
    try {
      await panelModule.seed?.(other.deps);
      const lists = await Promise.all(
        [t, other].map(async (app) => {
          const [row] = await app.database.db.select().from(panelLotteries);
          return [row?.hash, row?.drawnIndex];
        }),
      );
      expect(lists[0]).toEqual(lists[1]);
    } finally {
      await other.close();
    }
  });

  it("has quotas for the open panel that its first volunteers can already meet", async () => {
    const [panel] = await t.database.db.select().from(panels).where(eq(panels.name, DEMO_OPEN_PANEL_NAME));
    await startSelection(t.deps, { actor: { kind: "system", label: "test" } }, { panelId: panel?.id as string });
    await selectionJobsIdle();
    const [job] = await t.database.db
      .select()
      .from(panelJobs)
      .where(eq(panelJobs.panelId, panel?.id as string));
    expect(job?.error).toBeNull();
    expect(job?.status).toBe("succeeded");
    expect(job?.outcome?.maxDeviation).toBeLessThanOrEqual(1 / 1000 + 1e-9);
    expect(t.logger.entries.filter((e) => e.message.includes("no worker thread"))).toEqual([]);
  });
});
