import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { feasibleProjects, proposalBudget, signedIn } from "../../../../tests/support/budget";
import { auditLog } from "../../../platform/audit/schema";
import { Conflict, Forbidden, Invalid } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { actionFieldChoices, strategyModule } from "../../strategy";
import { headingsOf } from "../data/queries";
import { budgetProjects } from "../data/schema";
import type { MeasureInput } from "../domain/inputs";
import { castBallot } from "../use-cases/cast-ballot";
import { generateVotingCodes } from "../use-cases/generate-codes";
import { startNextPhase } from "../use-cases/start-next-phase";
import { turnProjectIntoMeasure } from "../use-cases/turn-into-measure";

const DAY = 24 * 60 * 60 * 1000;
const system: Actor = { kind: "system", label: "test" };
let t: TestApp;
let now = new Date(Date.UTC(2026, 6, 1, 9));
let budget: { id: string; slug: string };
let project: Record<string, string> = {};
let actionField = "";
let office: BrowserClient;

function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const input = (title: string, over: Partial<MeasureInput> = {}): MeasureInput => ({
  budgetId: budget.id,
  projectId: project[title] as string,
  title,
  description: `${title} für den Kiez.`,
  district: "neukoelln",
  cost: 3000,
  actionFields: [actionField],
  ...over,
});

/** A Kiezkasse whose voting ran: "Bücherschrank" got votes and is funded, "Seifenkiste" is not. */
beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  actionField = (await actionFieldChoices(t.deps.database.db, "de"))[0]?.id as string;
  const at = now.getTime();
  budget = await proposalBudget(t, {
    proposalsStart: new Date(at - 30 * DAY),
    reviewStart: new Date(at - 20 * DAY),
    votingStart: new Date(at - DAY),
    resultsStart: new Date(at + DAY),
    implementationStart: new Date(at + 60 * DAY),
  });
  const heading = (await headingsOf(t.deps.database.db, budget.id))[0]?.id as string;
  const onBallot = (title: string, cost: number) => ({
    headingId: heading,
    title,
    description: `${title} für den Kiez.`,
    estimatedCost: cost,
    actionFields: [actionField, "frei-erfunden"],
  });
  project = await feasibleProjects(t.deps.database.db, budget.id, now, [
    onBallot("Bücherschrank", 3000),
    onBallot("Trinkbrunnen", 6000),
    onBallot("Seifenkiste", 9000),
  ]);
  const { codes } = await generateVotingCodes(
    t.deps,
    { actor: system },
    { budgetId: budget.id, headingId: heading, count: 3 },
  );
  for (const [i, code] of codes.entries()) {
    await castBallot(
      t.deps,
      { actor: { kind: "guest" } },
      {
        budgetId: budget.id,
        code,
        choices: [{ projectId: project[i < 2 ? "Bücherschrank" : "Trinkbrunnen"] as string, points: 1 }],
        idempotencyKey: `measure-test-ballot-${i}`,
        clientAddress: "t",
      },
    );
  }
  office = (await signedIn(t, { roles: ["strategy_office"], name: "Strategiebüro" })).browser;
});
afterAll(() => t.close());

describe("turning a funded project into a measure (use case)", () => {
  it("waits for the published results", async () => {
    await expect(turnProjectIntoMeasure(t.deps, { actor: system }, input("Bücherschrank"))).rejects.toThrow(
      "budget.measure.notYet",
    );
    await startNextPhase(t.deps, { actor: system }, { budgetId: budget.id });
    now = new Date(now.getTime() + 1000);
  });

  it("refuses a project that was not funded, and a resident", async () => {
    const refused = await turnProjectIntoMeasure(t.deps, { actor: system }, input("Seifenkiste")).catch((e) => e);
    expect(refused).toBeInstanceOf(Conflict);
    expect((refused as Conflict).message).toBe("budget.measure.notFunded");
    const { userId } = await signedIn(t, { district: "neukoelln" });
    const resident: Actor = {
      kind: "user",
      id: userId,
      label: "Rosa",
      grants: [{ role: "resident", scopeType: null, scopeId: null }],
    };
    await expect(turnProjectIntoMeasure(t.deps, { actor: resident }, input("Bücherschrank"))).rejects.toBeInstanceOf(
      Forbidden,
    );
  });

  it("needs an action field the catalogue knows", async () => {
    const none = await turnProjectIntoMeasure(
      t.deps,
      { actor: system },
      input("Trinkbrunnen", { actionFields: [] }),
    ).catch((e) => e);
    expect(none).toBeInstanceOf(Invalid);
    const unknown = await turnProjectIntoMeasure(
      t.deps,
      { actor: system },
      input("Trinkbrunnen", { actionFields: ["frei-erfunden"] }),
    ).catch((e) => e);
    expect((unknown as Invalid).issues[0]?.path).toBe("action_fields");
    const [row] = await t.deps.database.db
      .select()
      .from(budgetProjects)
      .where(eq(budgetProjects.id, project.Trinkbrunnen as string));
    expect(row?.measureSlug).toBeNull();
  });

  it("makes one measure however often it is asked at once, and links the project to it", async () => {
    const attempts = await Promise.allSettled([
      turnProjectIntoMeasure(t.deps, { actor: system }, input("Trinkbrunnen", { cost: 6000 })),
      turnProjectIntoMeasure(t.deps, { actor: system }, input("Trinkbrunnen", { cost: 6000 })),
    ]);
    const made = attempts.filter((a) => a.status === "fulfilled");
    expect(made).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as Conflict).message).toBe("budget.measure.already");
    const [row] = await t.deps.database.db
      .select()
      .from(budgetProjects)
      .where(eq(budgetProjects.id, project.Trinkbrunnen as string));
    expect(row?.measureSlug).toBe((made[0] as PromiseFulfilledResult<{ slug: string }>).value.slug);
    const audit = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, "budget.project.measure"));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.objectId).toBe(project.Trinkbrunnen);
  });
});

describe("turning a funded project into a measure (pages)", () => {
  it("keeps residents and visitors out", async () => {
    const path = `/budgets/${budget.slug}/projects/${project.Bücherschrank}/measure`;
    const resident = (await signedIn(t, { district: "neukoelln" })).browser;
    expect((await resident.get(path)).status).toBe(403);
    expect((await new BrowserClient(t.app).get(path)).status).toBe(401);
  });

  it("offers the office one button per funded project and a form filled in from the project", async () => {
    await office.get(`/budgets/${budget.slug}/results`);
    const page = visible(office.lastHtml);
    expect(page).toContain("„Bücherschrank“ als Maßnahme übernehmen");
    expect(page).not.toContain("„Seifenkiste“ als Maßnahme übernehmen");
    expect(page).not.toContain("„Trinkbrunnen“ als Maßnahme übernehmen");
    expect(page).toContain("Zur Maßnahme im Strategiekatalog");
    const visitor = new BrowserClient(t.app);
    await visitor.get(`/budgets/${budget.slug}/results`);
    expect(visible(visitor.lastHtml)).not.toContain("als Maßnahme übernehmen");

    expect((await office.get(`/budgets/${budget.slug}/projects/${project.Bücherschrank}/measure`)).status).toBe(200);
    const form = office.lastHtml;
    expect(form).toContain('value="Bücherschrank"');
    expect(form).toContain("Bücherschrank für den Kiez.");
    expect(form).toMatch(/<option value="neukoelln" selected/);
    expect(form).toContain('value="3000"');
    expect(form).toMatch(new RegExp(`value="${actionField}" checked`));
  });

  it("shows a missing action field beside the form and keeps the entries", async () => {
    const response = await office.post(`/budgets/${budget.slug}/projects/${project.Bücherschrank}/measure`, {
      title: "Offener Bücherschrank am Park",
      description: "Ein Schrank für Bücher.",
      district: "neukoelln",
      cost: "3000",
    });
    expect(response.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Bitte wählen Sie mindestens ein Handlungsfeld.");
    expect(office.lastHtml).toContain('value="Offener Bücherschrank am Park"');
  });

  it("creates the measure, links both ways and refuses a second one", async () => {
    const response = await office.post(`/budgets/${budget.slug}/projects/${project.Bücherschrank}/measure`, {
      title: "Offener Bücherschrank am Park",
      description: "Ein Schrank für Bücher, die alle tauschen können.",
      district: "neukoelln",
      cost: "3.000",
      actionFields: [actionField],
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/budgets/${budget.slug}/results?done=measure#project-${project.Bücherschrank}`,
    );
    await office.get(`/budgets/${budget.slug}/results?done=measure`);
    expect(visible(office.lastHtml)).toContain("Die Maßnahme ist angelegt.");
    const slug = office.lastHtml.match(/href="\/measures\/(offener-[^"]+)"/)?.[1] as string;
    expect(slug).toBeDefined();
    expect(office.lastHtml).toContain(`id="project-${project.Bücherschrank}"`);

    const visitor = new BrowserClient(t.app);
    expect((await visitor.get(`/measures/${slug}`)).status).toBe(200);
    expect(visitor.lastHtml).toContain(`href="/budgets/${budget.slug}/results#project-${project.Bücherschrank}"`);
    const measure = visible(visitor.lastHtml);
    expect(measure).toContain("Offener Bücherschrank am Park");
    expect(measure).toContain("Aus dem Bürger:innenhaushalt");
    expect(measure).toContain("Kiezkasse Test – Neukölln");
    // The measure's journey begins with the proposal in the citizen budget.
    const journey = measure.slice(measure.indexOf("Der Weg der Maßnahme"));
    expect(journey).toContain("Im Bürger:innenhaushalt „Kiezkasse Test“ vorgeschlagen Bücherschrank");
    expect(journey.indexOf("vorgeschlagen")).toBeLessThan(journey.indexOf("In den Maßnahmenkatalog aufgenommen"));

    const again = await office.post(`/budgets/${budget.slug}/projects/${project.Bücherschrank}/measure`, {
      title: "Noch einmal",
      description: "",
      district: "",
      cost: "1",
      actionFields: [actionField],
    });
    expect(again.status).toBe(409);
    expect(visible(office.lastHtml)).toContain("Aus diesem Projekt wurde schon eine Maßnahme.");
  });
});
