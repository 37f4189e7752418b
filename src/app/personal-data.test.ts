import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, newAccount, signIn, signUpAndLogIn } from "../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../tests/support/app";
import { BrowserClient } from "../../tests/support/browser-client";
import { headingsOf } from "../modules/budget/data/queries";
import { budgetBallots, budgetProjects } from "../modules/budget/data/schema";
import { castBallot } from "../modules/budget/use-cases/cast-ballot";
import { createBudget } from "../modules/budget/use-cases/create-budget";
import { declareResidence } from "../modules/budget/use-cases/declare-residence";
import { proposeProject } from "../modules/budget/use-cases/propose-project";
import { assessments, measureVersions } from "../modules/strategy/data/schema";
import { assessMeasure } from "../modules/strategy/use-cases/assess-measure";
import { createMeasure } from "../modules/strategy/use-cases/create-measure";
import { seedStrategy } from "../modules/strategy/use-cases/seed-demo-strategy";
import { loadGrants } from "../platform/identity/grants";
import { roleAssignments, users } from "../platform/identity/schema";
import type { Actor } from "../platform/permissions/permissions";
import { registerPersonalData } from "../platform/personal-data/hook";

const DAY = 24 * 60 * 60 * 1000;
const system: Actor = { kind: "system", label: "test" };

let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 4, 10));

async function resident(name: string): Promise<{ browser: BrowserClient; account: Account; actor: Actor; id: string }> {
  const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount(name));
  const [row] = await t.database.db.select().from(users).where(eq(users.email, account.email));
  const id = row?.id as string;
  // Votes in the Mitte heading; writes strategy content as the strategy office.
  await t.database.db.update(users).set({ district: "mitte" }).where(eq(users.id, id));
  await t.database.db.insert(roleAssignments).values({ userId: id, role: "strategy_office" });
  // The office role requires a second factor: a session that passed it, as after entering a code.
  await signIn(browser, t.deps, id);
  const actor: Actor = { kind: "user", id, label: account.displayName, grants: await loadGrants(t.database.db, id) };
  return { browser, account, actor, id };
}

async function budget(slug: string, phase: "proposals" | "voting") {
  const at = now.getTime();
  const offset = phase === "proposals" ? 0 : -3 * DAY;
  const created = await createBudget(
    t.deps,
    { actor: system },
    {
      slug,
      title: `Kiezkasse ${slug}`,
      description: "",
      rule: "greedy_cost",
      ballotType: "approval",
      maxProjects: 2,
      knapsack: false,
      proposalsStart: new Date(at + offset - DAY),
      reviewStart: new Date(at + offset + DAY),
      votingStart: new Date(at + offset + 2 * DAY),
      resultsStart: new Date(at + 10 * DAY),
      implementationStart: new Date(at + 30 * DAY),
      headings: [{ name: "Mitte", district: "mitte", amount: 10_000 }],
    },
  );
  return created.id;
}

async function exported(browser: BrowserClient) {
  const response = await browser.get("/profile/data");
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, data: JSON.parse(text) };
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await seedStrategy(t.deps);
});
afterAll(() => t.close());

describe("personal data of the modules", () => {
  let ada: Awaited<ReturnType<typeof resident>>;
  let slug: string;
  let votingBudget: string;
  let voterKeys: string[];

  beforeAll(async () => {
    ada = await resident("Ada");
    const other = await resident("Bert");

    const proposals = await budget("proposals-open", "proposals");
    const headingId = (await headingsOf(t.database.db, proposals))[0]?.id as string;
    const propose = (actor: Actor, title: string) =>
      proposeProject(
        t.deps,
        { actor },
        {
          budgetId: proposals,
          headingId,
          title,
          description: "Ein Vorschlag mit genug Beschreibung.",
          estimatedCost: 5000,
        },
      );
    await propose(ada.actor, "Trinkbrunnen am Marktplatz");
    await propose(other.actor, "Bänke am Spreeufer");

    const measure = await createMeasure(
      t.deps,
      { actor: ada.actor },
      {
        title_de: "Offene Reparaturwerkstatt",
        title_en: "",
        summary_de: "",
        summary_en: "",
        type: "network",
        status: "planned",
        responsible: "",
        action_fields: ["RW-2"],
      },
    );
    slug = measure.slug;
    await assessMeasure(
      t.deps,
      { actor: ada.actor },
      {
        slug,
        version: 1,
        assessments: [{ value: "sustainable", score: 3, rationale_de: "Spart Material und Müll.", rationale_en: "" }],
      },
    );

    // Voting: a ballot of Ada's, changed once; and one of Bert's that must not show up in her data.
    votingBudget = await budget("voting-open", "voting");
    const votingHeading = (await headingsOf(t.database.db, votingBudget))[0]?.id as string;
    const [project] = await t.database.db
      .insert(budgetProjects)
      .values({
        budgetId: votingBudget,
        headingId: votingHeading,
        number: 1,
        title: "Spielplatz",
        description: "Ein Spielplatz für den Kiez.",
        estimatedCost: 3000,
        status: "feasible",
        createdAt: now,
      })
      .returning({ id: budgetProjects.id });
    const choices = [{ projectId: project?.id as string, points: 1 }];
    let n = 0;
    const vote = (actor: Actor) =>
      castBallot(
        t.deps,
        { actor },
        { budgetId: votingBudget, choices, idempotencyKey: `vote-key-${++n}-abcdefghij`, clientAddress: "test" },
      );
    // The budget asks accounts where they live before they vote (self-declared eligibility).
    for (const voter of [ada, other])
      await declareResidence(t.deps, { actor: voter.actor }, { budgetId: votingBudget, headingId: votingHeading });
    await vote(ada.actor);
    now = new Date(now.getTime() + 60_000);
    await vote(ada.actor);
    await vote(other.actor);
    voterKeys = (
      await t.database.db
        .select({ key: budgetBallots.voterKey })
        .from(budgetBallots)
        .where(eq(budgetBallots.budgetId, votingBudget))
    ).map((r) => r.key);
  });

  it("download my data shows her proposal, her strategy changes and assessments, and when (not how) she voted", async () => {
    const { text, data } = await exported(ada.browser);

    expect(data.modules.budget.proposals).toEqual([
      expect.objectContaining({ title: "Trinkbrunnen am Marktplatz", budget: "proposals-open", status: "proposed" }),
    ]);
    expect(data.modules.budget.ballots).toHaveLength(2);
    expect(
      data.modules.budget.ballots.filter((b: { replacedAt: string | null }) => b.replacedAt === null),
    ).toHaveLength(1);
    expect(data.modules.budget.aboutBallots).toContain("nicht wofür");
    expect(text).not.toContain("choices");
    expect(text).not.toContain("projectId");

    const kinds = data.modules.strategy.measureChanges.map((c: { kind: string }) => c.kind);
    expect(kinds).toEqual(["created", "assessment"]);
    expect(data.modules.strategy.measureChanges[0]).toMatchObject({
      measure: slug,
      shownAuthor: ada.account.displayName,
    });
    expect(data.modules.strategy.assessments).toEqual([
      expect.objectContaining({
        measure: slug,
        value: "sustainable",
        score: 3,
        rationaleDe: "Spart Material und Müll.",
      }),
    ]);

    // Nothing of the other resident.
    expect(text).not.toContain("Bänke am Spreeufer");
    expect(text).not.toContain("Bert");
  });

  it("the explanation follows the reader's language", async () => {
    await t.database.db.update(users).set({ locale: "en" }).where(eq(users.id, ada.id));
    const { data } = await exported(ada.browser);
    expect(data.modules.budget.aboutBallots).toContain("not for what");
    await t.database.db.update(users).set({ locale: "de" }).where(eq(users.id, ada.id));
  });

  it("deleting the account keeps the contributions and the votes but removes who made them", async () => {
    await ada.browser.get("/profile/delete");
    const deleted = await ada.browser.post("/profile/delete", { password: ada.account.password });
    expect(deleted.headers.get("location")).toBe("/profile/deleted");

    const [proposal] = await t.database.db
      .select()
      .from(budgetProjects)
      .where(eq(budgetProjects.title, "Trinkbrunnen am Marktplatz"));
    expect(proposal).toMatchObject({ proposedBy: null, description: "Ein Vorschlag mit genug Beschreibung." });

    // Still three ballots, two current; Ada's two now share a fresh key that no account id leads to.
    const after = await t.database.db.select().from(budgetBallots).where(eq(budgetBallots.budgetId, votingBudget));
    expect(after).toHaveLength(3);
    expect(after.filter((b) => b.replacedAt === null)).toHaveLength(2);
    const keys = after.map((b) => b.voterKey);
    const bertsKey = voterKeys.find((k) => voterKeys.filter((x) => x === k).length === 1);
    const adasOld = voterKeys.find((k) => k !== bertsKey);
    expect(keys).not.toContain(adasOld);
    expect(keys).toContain(bertsKey);
    const adasNew = keys.filter((k) => k !== bertsKey);
    expect(adasNew).toHaveLength(2);
    expect(adasNew[0]).toBe(adasNew[1]);
    expect(adasNew[0]).toMatch(/^account:[A-Za-z0-9_-]{43}$/);

    const versions = await t.database.db.select().from(measureVersions).where(eq(measureVersions.authorId, ada.id));
    expect(versions).toEqual([]);
    const [assessment] = await t.database.db
      .select()
      .from(assessments)
      .where(eq(assessments.rationaleDe, "Spart Material und Müll."));
    expect(assessment).toMatchObject({ recordedBy: "gelöschtes Konto", assessedBy: "gelöschtes Konto", score: 3 });

    const guest = new BrowserClient(t.app);
    await guest.get(`/measures/${slug}`);
    expect(guest.lastHtml).toContain("Offene Reparaturwerkstatt");
    expect(guest.lastHtml).toContain("gelöschtes Konto");
    expect(guest.lastHtml).not.toContain(ada.account.displayName);
  });

  it("a module that fails to erase stops the whole deletion", async () => {
    const carl = await resident("Carl");
    registerPersonalData("failing-test-module", {
      export: async () => null,
      erase: async () => {
        throw new Error("erase failed");
      },
    });
    await carl.browser.get("/profile/delete");
    const response = await carl.browser.post("/profile/delete", { password: carl.account.password });
    expect(response.status).toBe(500);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, carl.id));
    expect(row).toMatchObject({ email: carl.account.email, deletedAt: null });
  });
});
