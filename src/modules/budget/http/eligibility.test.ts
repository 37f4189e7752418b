import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { declareResidence, feasibleProjects, proposalBudget, signedIn } from "../../../../tests/support/budget";
import { auditLog } from "../../../platform/audit/schema";
import { users } from "../../../platform/identity/schema";
import { headingsOf } from "../data/queries";
import {
  budgetEligibilityEntries,
  budgetEligibilityLists,
  budgetResidences,
  budgetVerificationCodes,
} from "../data/schema";
import type { Eligibility } from "../domain/eligibility";
import { issueVerificationLetters } from "../use-cases/issue-verification-letters";
import { purgeEligibilityLists } from "../use-cases/purge-eligibility-lists";

let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));
const DAY = 24 * 60 * 60 * 1000;
let office: BrowserClient;
const budgets: Record<Eligibility, { id: string; slug: string; headings: Record<string, string> }> = {} as never;

function visible(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

function hidden(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`, "g"))].map(
    (m) => m[1] as string,
  );
}

/** Reviews and confirms a ballot with the first project on the page; answers the receipt page's status. */
async function castBallot(browser: BrowserClient, slug: string): Promise<number> {
  await browser.get(`/budgets/${slug}/vote`);
  const project = browser.lastHtml.match(/name="project" value="([0-9a-f-]{36})"/)?.[1] as string;
  await browser.post(`/budgets/${slug}/vote`, { step: "review", project: [project] });
  return (
    await browser.post(`/budgets/${slug}/vote`, {
      step: "confirm",
      idempotencyKey: hidden(browser.lastHtml, "idempotencyKey")[0] as string,
      project: hidden(browser.lastHtml, "project"),
    })
  ).status;
}

async function residencesOf(budgetId: string) {
  return t.deps.database.db.select().from(budgetResidences).where(eq(budgetResidences.budgetId, budgetId));
}

async function auditActions(budgetId: string): Promise<string[]> {
  const rows = await t.deps.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.objectId, budgetId)));
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  office = (await signedIn(t, { roles: ["strategy_office"], name: "Amt" })).browser;
  const start = now.getTime();
  for (const mode of ["codes_only", "self_declared", "verified_letter", "verified_list"] as const) {
    const created = await proposalBudget(t, {
      slug: `kiezkasse-${mode.replace("_", "-")}`,
      title: `Kiezkasse ${mode}`,
      eligibility: mode,
      proposalsStart: new Date(start - 3 * DAY),
      reviewStart: new Date(start - 2 * DAY),
      votingStart: new Date(start - DAY),
      resultsStart: new Date(start + 10 * DAY),
      implementationStart: new Date(start + 20 * DAY),
    });
    const headings = Object.fromEntries(
      (await headingsOf(t.deps.database.db, created.id)).map((h) => [h.name, h.id]),
    ) as Record<string, string>;
    await feasibleProjects(t.deps.database.db, created.id, now, [
      {
        headingId: headings.Neukölln as string,
        title: "Bank am Kanal",
        description: "Eine Bank.",
        estimatedCost: 2000,
      },
      {
        headingId: headings.Lichtenberg as string,
        title: "Baum am See",
        description: "Ein Baum.",
        estimatedCost: 3000,
      },
    ]);
    budgets[mode] = { ...created, headings };
  }
});
afterAll(() => t.close());

describe("the setting on the budget's pages", () => {
  it("states who may vote on the budget page and the voting page", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get(`/budgets/${budgets.codes_only.slug}`);
    expect(visible(browser.lastHtml)).toContain("Wer abstimmen darf Nur mit Abstimmungscode aus einem Brief");
    const english = new BrowserClient(t.app);
    await english.get(`/budgets/${budgets.codes_only.slug}?lang=en`);
    expect(visible(english.lastHtml)).toContain("Who may vote Only with a voting code from a letter");
    const api = await t.app.request(`/api/v1/budgets/${budgets.verified_letter.slug}`);
    expect((await api.json()).eligibility).toBe("verified_letter");
    await browser.get(`/budgets/${budgets.verified_list.slug}/vote`);
    expect(visible(browser.lastHtml)).toContain(
      "Abstimmungscode oder Konto, geprüft mit dem Wählerverzeichnis der Verwaltung",
    );
  });

  it("lets the office choose the setting when setting up a budget, and refuses an unknown one", async () => {
    await office.get("/budgets/new");
    expect(visible(office.lastHtml)).toContain("Nur mit Abstimmungscode aus einem Brief");
    const form = {
      slug: "kiezkasse-neu",
      title: "Kiezkasse Neu",
      rule: "greedy_cost",
      ballotType: "approval",
      knapsack: "on",
      proposalsStart: "2026-06-01",
      reviewStart: "2026-07-01",
      votingStart: "2026-08-01",
      resultsStart: "2026-09-01",
      implementationStart: "2026-10-01",
      "headings.0.name": "Neukölln",
      "headings.0.district": "neukoelln",
      "headings.0.amount": "1000",
    };
    const bad = await office.post("/budgets/new", { ...form, eligibility: "everyone" });
    expect(bad.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Bitte wählen Sie, wer abstimmen darf.");
    const good = await office.post("/budgets/new", { ...form, eligibility: "verified_letter" });
    expect(good.status).toBe(303);
    await office.get("/budgets/kiezkasse-neu");
    expect(visible(office.lastHtml)).toContain("Abstimmungscode oder Konto, bestätigt mit einem Prüfbrief");
  });
});

describe("voting codes only", () => {
  it("does not let an account vote, but a voting code", async () => {
    const { slug } = budgets.codes_only;
    const { browser } = await signedIn(t, { district: "neukoelln" });
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("In diesem Haushalt stimmen Sie nur mit dem Abstimmungscode");
    expect(visible(browser.lastHtml)).not.toContain("Stimmzettel: Neukölln");
    const refused = await browser.post(`/budgets/${slug}/vote`, { step: "review", project: ["x"] });
    expect(refused.status).toBe(403);

    await office.get(`/budgets/${slug}/manage`);
    await office.post(`/budgets/${slug}/codes`, {
      headingId: budgets.codes_only.headings.Neukölln as string,
      count: "1",
      format: "html",
    });
    const code = office.lastHtml.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0] as string;
    const voter = new BrowserClient(t.app);
    await voter.get(`/budgets/${slug}/vote`);
    expect((await voter.post(`/budgets/${slug}/vote`, { step: "code", code })).status).toBe(200);
    expect(visible(voter.lastHtml)).toContain("Stimmzettel: Neukölln");
  });
});

describe("accounts with a declared residence", () => {
  it("asks on the ballot page, lets the declaration change until the ballot, then fixes it; all audited", async () => {
    const { slug, id, headings } = budgets.self_declared;
    const { browser } = await signedIn(t, { district: "neukoelln" });
    await browser.get(`/budgets/${slug}/vote`);
    const page = visible(browser.lastHtml);
    expect(page).toContain("Erklärung zum Wohnort");
    expect(page).toContain("Ich erkläre, dass ich in Neukölln wohne.");
    expect(page).toContain("Ich erkläre, dass ich in Lichtenberg wohne.");

    // A heading of another budget (or none) is refused beside the choice; nothing is stored.
    const foreign = await browser.post(`/budgets/${slug}/vote/residence`, {
      headingId: budgets.codes_only.headings.Neukölln as string,
    });
    expect(foreign.status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Bitte wählen Sie einen Bereich dieses Haushalts.");
    expect((await browser.post(`/budgets/${slug}/vote/residence`, {})).status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Bitte wählen Sie die Erklärung, die für Sie zutrifft.");
    expect(await residencesOf(id)).toEqual([]);
    expect(t.logger.entries.some((e) => e.level === "warn" && e.message === "budget eligibility refused")).toBe(true);
    expect(t.logger.entries.some((e) => e.level === "error")).toBe(false);

    expect(await declareResidence(browser, slug, "Neukölln")).toBe(303);
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Stimmzettel: Neukölln");
    expect(visible(browser.lastHtml)).toContain("Sie haben erklärt, dass Sie in Neukölln wohnen. Erklärung ändern");

    // Changed before voting: the change page shows the current choice.
    await browser.get(`/budgets/${slug}/vote/residence`);
    expect(browser.lastHtml).toMatch(new RegExp(`value="${headings.Neukölln}" checked`));
    expect(
      (
        await browser.post(`/budgets/${slug}/vote/residence`, {
          headingId: headings.Lichtenberg as string,
          from: "change",
        })
      ).status,
    ).toBe(303);
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Stimmzettel: Lichtenberg");

    expect(await castBallot(browser, slug)).toBe(200);
    expect(visible(browser.lastHtml)).toContain("Quittung");

    // Fixed by the ballot: the change page says so, and a change is refused.
    await browser.get(`/budgets/${slug}/vote/residence`);
    expect(visible(browser.lastHtml)).toContain("Sie haben in diesem Haushalt schon abgestimmt");
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Ihr Bereich steht fest, weil Sie schon abgestimmt haben.");
    const late = await browser.post(`/budgets/${slug}/vote/residence`, { headingId: headings.Neukölln as string });
    expect(late.status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Sie haben in diesem Haushalt schon abgestimmt");
    const [stored] = await residencesOf(id);
    expect(stored?.headingId).toBe(headings.Lichtenberg);
    expect(stored?.voterKey).toMatch(/^account:/);

    const actions = await auditActions(id);
    expect(actions.filter((a) => a === "budget.residence.declare")).toHaveLength(1);
    expect(actions.filter((a) => a === "budget.residence.change")).toHaveLength(1);
  });

  it("keeps the profile's district out of it: the profile does not decide the ballot", async () => {
    const { slug } = budgets.self_declared;
    const { browser } = await signedIn(t, { district: "lichtenberg" });
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).not.toContain("Stimmzettel:");
    expect(await declareResidence(browser, slug, "Neukölln")).toBe(303);
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Stimmzettel: Neukölln");
    // And the profile says so beside the field.
    await browser.get("/profile");
    expect(visible(browser.lastHtml)).toContain("Entscheidet nicht, wo Sie im Bürger:innenhaushalt abstimmen");
  });
});

describe("the office setting where an account votes", () => {
  it("sets it by e-mail address before the account voted, audited; refuses unknown accounts and cast ballots", async () => {
    const { slug, id, headings } = budgets.self_declared;
    const { browser, userId } = await signedIn(t, {});
    const [user] = await t.deps.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
    await office.get(`/budgets/${slug}/manage`);
    expect(visible(office.lastHtml)).toContain("Wohnort eines Kontos setzen");
    const unknown = await office.post(`/budgets/${slug}/residences`, {
      email: "niemand@example.org",
      headingId: headings.Lichtenberg as string,
    });
    expect(unknown.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Zu dieser E-Mail-Adresse gibt es kein Konto.");

    const set = await office.post(`/budgets/${slug}/residences`, {
      email: (user?.email ?? "").toUpperCase(),
      headingId: headings.Lichtenberg as string,
    });
    expect(set.status).toBe(303);
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Stimmzettel: Lichtenberg");
    expect(await auditActions(id)).toContain("budget.residence.office");

    expect(await castBallot(browser, slug)).toBe(200);
    await office.get(`/budgets/${slug}/manage`);
    const late = await office.post(`/budgets/${slug}/residences`, {
      email: user?.email ?? "",
      headingId: headings.Neukölln as string,
    });
    expect(late.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Dieses Konto hat hier schon abgestimmt");

    await browser.get(`/budgets/${slug}/vote`);
    const refused = await browser.post(`/budgets/${slug}/residences`, {
      email: user?.email ?? "",
      headingId: headings.Neukölln as string,
    });
    expect(refused.status).toBe(403);
  });
});

describe("accounts verified by a letter", () => {
  it("prints letters for an address list as PDF, only for the office", async () => {
    const { slug, headings, id } = budgets.verified_letter;
    await office.get(`/budgets/${slug}/manage`);
    expect(visible(office.lastHtml)).toContain("Prüfbriefe");
    const response = await office.post(`/budgets/${slug}/verification-letters`, {
      headingId: headings.Neukölln as string,
      addresses: "Name,Straße,Ort\nAnna Muster,Weg 1,12043 Berlin\nBen Beispiel,Weg 2,12043 Berlin\n",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer()).toString("latin1");
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(2);
    const stored = await t.deps.database.db
      .select()
      .from(budgetVerificationCodes)
      .where(eq(budgetVerificationCodes.budgetId, id));
    expect(stored).toHaveLength(2);

    await office.get(`/budgets/${slug}/manage`);
    const empty = await office.post(`/budgets/${slug}/verification-letters`, {
      headingId: headings.Neukölln as string,
      addresses: "Name\n",
    });
    expect(empty.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Die Liste enthält keine Adresse.");

    const { browser: resident } = await signedIn(t, {});
    await resident.get(`/budgets/${slug}/vote`);
    const refused = await resident.post(`/budgets/${slug}/verification-letters`, {
      headingId: headings.Neukölln as string,
      addresses: "Name\nA\n",
    });
    expect(refused.status).toBe(403);
    expect(
      await t.deps.database.db.select().from(budgetVerificationCodes).where(eq(budgetVerificationCodes.budgetId, id)),
    ).toHaveLength(2);
  });

  it("binds the account that enters a letter's code; a wrong or used code is refused and changes nothing", async () => {
    const { slug, headings, id } = budgets.verified_letter;
    const issued = await issueVerificationLetters(
      t.deps,
      { actor: { kind: "system", label: "test" } },
      { budgetId: id, headingId: headings.Lichtenberg as string, addresses: "Name\nCarla\n" },
    );
    const code = issued.letters[0]?.code as string;
    const { browser } = await signedIn(t, { district: "neukoelln" });
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain(
      "Bevor Sie mit Ihrem Konto abstimmen, bestätigen Sie bitte Ihren Wohnort.",
    );
    expect(visible(browser.lastHtml)).toContain("Code aus dem Prüfbrief");

    const wrong = await browser.post(`/budgets/${slug}/vote/verify-letter`, {
      verificationCode: "ABCD-ABCD-ABCD-ABCD",
    });
    expect(wrong.status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Diesen Prüfcode kennen wir nicht.");
    expect(browser.lastHtml).toContain('value="ABCD-ABCD-ABCD-ABCD"');
    expect((await browser.post(`/budgets/${slug}/vote/verify-letter`, { verificationCode: "kurz" })).status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Der Code hat 16 Zeichen");
    expect(await residencesOf(id)).toEqual([]);

    const right = await browser.post(`/budgets/${slug}/vote/verify-letter`, {
      verificationCode: code.toLowerCase().replace(/-/g, " "),
    });
    expect(right.status).toBe(303);
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Stimmzettel: Lichtenberg");
    expect(visible(browser.lastHtml)).toContain("Ihr Wohnort ist bestätigt: Lichtenberg, bis zum Ende der Abstimmung.");
    const [residence] = await residencesOf(id);
    expect(residence?.source).toBe("letter");
    expect(residence?.validUntil?.getTime()).toBe(now.getTime() + 10 * DAY);
    expect(await castBallot(browser, slug)).toBe(200);

    const { browser: other } = await signedIn(t, {});
    await other.get(`/budgets/${slug}/vote`);
    expect((await other.post(`/budgets/${slug}/vote/verify-letter`, { verificationCode: code })).status).toBe(422);
    expect(visible(other.lastHtml)).toContain("Dieser Prüfcode wurde schon benutzt.");
    expect(await auditActions(id)).toContain("budget.residence.letter");
  });

  it("limits the attempts per account, without locking out others behind the same address", async () => {
    const { slug, headings, id } = budgets.verified_letter;
    const { browser: guesser } = await signedIn(t, {});
    await guesser.get(`/budgets/${slug}/vote`);
    const _csrf = guesser.csrfToken();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await guesser.post(`/budgets/${slug}/vote/verify-letter`, {
            _csrf,
            verificationCode: `ABCD-ABCD-ABCD-${1000 + i}`,
          })
        ).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses[10]).toBe(429);

    const issued = await issueVerificationLetters(
      t.deps,
      { actor: { kind: "system", label: "test" } },
      { budgetId: id, headingId: headings.Neukölln as string, addresses: "Name\nDora\n" },
    );
    const { browser: neighbour } = await signedIn(t, {});
    await neighbour.get(`/budgets/${slug}/vote`);
    const ok = await neighbour.post(`/budgets/${slug}/vote/verify-letter`, {
      verificationCode: issued.letters[0]?.code as string,
    });
    expect(ok.status).toBe(303);
  });
});

describe("accounts verified with the eligibility list", () => {
  const list = "Name;Geburtsdatum;PLZ\nAnna Müller;01.02.1980;12043\nBen Beispiel;1975-12-31;12043\n";

  it("refuses a broken list with the row, stores nothing, and keeps only hashes of a good one", async () => {
    const { slug, headings, id } = budgets.verified_list;
    await office.get(`/budgets/${slug}/manage`);
    expect(visible(office.lastHtml)).toContain("Noch kein Verzeichnis hochgeladen.");
    const broken = await office.post(`/budgets/${slug}/eligibility-list`, {
      headingId: headings.Neukölln as string,
      list: "Name;Geburtsdatum;PLZ\nAnna Müller;01.02.1980;12043\nBen Beispiel;31.02.1975;12043\n",
    });
    expect(broken.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Zeile 3: Geburtsdatum ist nicht lesbar. Es wurde nichts gespeichert.");
    const noColumn = await office.post(`/budgets/${slug}/eligibility-list`, {
      headingId: headings.Neukölln as string,
      list: "Name;Geburtsdatum\nAnna;01.02.1980\n",
    });
    expect(noColumn.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Die Spalte „PLZ“ fehlt");
    expect(await t.deps.database.db.select().from(budgetEligibilityLists)).toEqual([]);
    expect(t.logger.entries.some((e) => e.level === "error")).toBe(false);

    const good = await office.post(`/budgets/${slug}/eligibility-list`, {
      headingId: headings.Neukölln as string,
      list,
    });
    expect(good.status).toBe(303);
    await office.get(`/budgets/${slug}/manage?done=list`);
    expect(visible(office.lastHtml)).toContain("Neukölln: Im Verzeichnis: 2, davon mit Konto bestätigt: 0");
    const entries = await t.deps.database.db
      .select()
      .from(budgetEligibilityEntries)
      .where(eq(budgetEligibilityEntries.budgetId, id));
    expect(entries).toHaveLength(2);
    const dump = JSON.stringify(entries);
    for (const word of ["Anna", "nna", "ller", "1980", "12043"]) expect(dump).not.toContain(word);
    // HMAC-SHA-256: 32 bytes, base64url.
    expect(entries.every((e) => /^[A-Za-z0-9_-]{43}$/.test(e.entryHash))).toBe(true);

    const { browser: resident } = await signedIn(t, {});
    await resident.get(`/budgets/${slug}/vote`);
    expect(
      (await resident.post(`/budgets/${slug}/eligibility-list`, { headingId: headings.Neukölln as string, list }))
        .status,
    ).toBe(403);
  });

  it("binds an account whose details match (spelling variants too), once per listed person", async () => {
    const { slug, id } = budgets.verified_list;
    const { browser } = await signedIn(t, { district: "lichtenberg" });
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Wohnort mit dem Verzeichnis prüfen");

    const miss = await browser.post(`/budgets/${slug}/vote/verify-list`, {
      name: "Anna Müller",
      birthDate: "02.02.1980",
      postcode: "12043",
    });
    expect(miss.status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Diese Angaben haben wir im Verzeichnis nicht gefunden.");
    expect(browser.lastHtml).toContain('value="02.02.1980"');
    const badDate = await browser.post(`/budgets/${slug}/vote/verify-list`, {
      name: "Anna Müller",
      birthDate: "irgendwann",
      postcode: "12043",
    });
    expect(badDate.status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Bitte geben Sie Ihr Geburtsdatum an");
    expect(await residencesOf(id)).toEqual([]);

    const hit = await browser.post(`/budgets/${slug}/vote/verify-list`, {
      name: "mueller, anna",
      birthDate: "1980-02-01",
      postcode: "12043",
    });
    expect(hit.status).toBe(303);
    await browser.get(`/budgets/${slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Stimmzettel: Neukölln");
    expect(await castBallot(browser, slug)).toBe(200);

    const { browser: second } = await signedIn(t, {});
    await second.get(`/budgets/${slug}/vote`);
    expect(
      (
        await second.post(`/budgets/${slug}/vote/verify-list`, {
          name: "Anna Müller",
          birthDate: "01.02.1980",
          postcode: "12043",
        })
      ).status,
    ).toBe(422);
    expect(visible(second.lastHtml)).toContain("Mit diesen Angaben wurde schon ein anderes Konto bestätigt.");
    expect(await auditActions(id)).toContain("budget.residence.list");
  });

  it("names the eligibility on the results and deletes the list once voting has ended", async () => {
    const { slug, id } = budgets.verified_list;
    expect(await purgeEligibilityLists(t.deps)).toBe(0);
    now = new Date(now.getTime() + 11 * DAY);
    const browser = new BrowserClient(t.app);
    await browser.get(`/budgets/${slug}/results`);
    expect(visible(browser.lastHtml)).toContain(
      "Wer abstimmen darf Abstimmungscode oder Konto, geprüft mit dem Wählerverzeichnis der Verwaltung",
    );
    await browser.get(`/budgets/${budgets.codes_only.slug}/results`);
    expect(visible(browser.lastHtml)).toContain("Wer abstimmen darf Nur mit Abstimmungscode aus einem Brief");

    expect(await purgeEligibilityLists(t.deps)).toBe(1);
    expect(await t.deps.database.db.select().from(budgetEligibilityLists)).toEqual([]);
    expect(
      await t.deps.database.db.select().from(budgetEligibilityEntries).where(eq(budgetEligibilityEntries.budgetId, id)),
    ).toEqual([]);
    // Unused letter codes go too; the used ones stay as the record of who was bound.
    const codes = await t.deps.database.db
      .select()
      .from(budgetVerificationCodes)
      .where(eq(budgetVerificationCodes.budgetId, budgets.verified_letter.id));
    expect(codes.every((c) => c.usedAt !== null)).toBe(true);
    const purged = await t.deps.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.action, "budget.eligibility.purge"));
    expect(purged).toHaveLength(1);
  });
});
