import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText } from "../../../../tests/support/html";
import { comments } from "../../comments/data/schema";
import { workshops } from "../../workshops/data/schema";
import { findProcessBySlug } from "../data/processes";
import { participationProcesses, participationReportPoints, participationSurveyResponses } from "../data/schema";
import { demoProcess } from "../domain/demo-process";
import { processState } from "../domain/process";
import { participationModule } from "../module";
import { seedDemoProcess } from "./seed-demo-process";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoProcess(t.deps);
}, 120_000);
afterAll(async () => t?.close());

describe("the demo process", () => {
  it("is the module's seed, and seeded once", async () => {
    expect(participationModule.seed).toBe(seedDemoProcess);
    await seedDemoProcess(t.deps);
    expect(await t.database.db.select().from(participationProcesses)).toHaveLength(1);
  });

  it("is demo content about the strategy, in its survey today", async () => {
    const process = await findProcessBySlug(t.database.db, demoProcess.slug);
    expect(process?.demo).toBe(true);
    expect(process?.subject).toEqual({ kind: "strategy" });
    expect(process?.phases.map((p) => p.method)).toEqual([
      "information",
      "text-review",
      "survey",
      "workshops",
      "closing-report",
    ]);
    const state = processState(process?.phases ?? [], t.deps.clock());
    expect(state.kind === "running" && process?.phases[state.phase]?.method).toBe("survey");
  });

  it("has comments on the draft, twenty survey answers, a documented and an upcoming workshop, and a draft report", async () => {
    const db = t.database.db;
    const process = await findProcessBySlug(db, demoProcess.slug);
    const written = await db.select().from(comments).where(eq(comments.resourceType, "participation_paragraph"));
    expect(written.length).toBeGreaterThanOrEqual(5);
    expect(written.every((c) => c.body.startsWith("Demo-Kommentar"))).toBe(true);
    expect(await db.select().from(participationSurveyResponses)).toHaveLength(20);
    const events = await db
      .select()
      .from(workshops)
      .where(eq(workshops.processId, process?.id ?? ""));
    const now = t.deps.clock().getTime();
    expect(events.filter((e) => e.startsAt.getTime() < now && e.documentedAt && e.attendedOnSite)).toHaveLength(1);
    expect(events.filter((e) => e.startsAt.getTime() > now)).toHaveLength(1);
    const points = await db.select().from(participationReportPoints);
    expect(points.map((p) => p.outcome)).toEqual(["changed-draft", "taken-into-measure", "not-taken-up"]);
    expect(process?.reportPublishedAt).toBeNull();
  });

  it("shows the office the report's preview with the demo's figures, and nobody else", async () => {
    const path = `/participation/${demoProcess.slug}/report`;
    expect((await new BrowserClient(t.app).get(path)).status).toBe(404);
    const { browser } = await signedIn(t, { roles: ["strategy_office"] });
    const text = visibleText(await (await browser.get(path)).text());
    expect(text).toContain("Demo-Inhalt");
    expect(text).toMatch(/Antworten ohne Konto in der Umfrage\s*20/);
    expect(text).toMatch(/Kommentare zum Entwurf\s*7/);
    expect(text).toMatch(/Teilnahmen an Veranstaltungen\s*61/);
    expect(text).toContain("Auftakt: Die nächste Fassung der Strategie (Demo)");
  });
});
