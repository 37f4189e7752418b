import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { declareResidence, proposalBudget, signedIn } from "../../../../tests/support/budget";
import { normaliseLetterCode as normaliseCode } from "../../../platform/security/letter-codes";
import { strategyModule } from "../../strategy";
import { budgetBallots, budgetProjects, budgetVotingCodes } from "../data/schema";
import { hashCode } from "../data/voting-codes";
import { readPb } from "../domain/pb/read-pb";

let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

/** The text of the page without tags, so assertions read like what a person sees. */
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

let office: BrowserClient;
let resident: BrowserClient;
let budget: { id: string; slug: string };
const projectIds: Record<string, string> = {};
let codes: string[] = [];

async function countCurrentBallots(): Promise<number> {
  const rows = await t.deps.database.db
    .select({ id: budgetBallots.id })
    .from(budgetBallots)
    .where(and(eq(budgetBallots.budgetId, budget.id), isNull(budgetBallots.replacedAt)));
  return rows.length;
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  budget = await proposalBudget(t);
  office = (await signedIn(t, { roles: ["strategy_office"], name: "Amt" })).browser;
  resident = (await signedIn(t, { district: "neukoelln" })).browser;
});
afterAll(() => t.close());

describe("proposals", () => {
  it("shows the budget with its rule, ballot and phases before anyone votes", async () => {
    const browser = new BrowserClient(t.app);
    expect((await browser.get("/budgets")).status).toBe(200);
    expect(visible(browser.lastHtml)).toContain("Kiezkasse Test");
    await browser.get(`/budgets/${budget.slug}`);
    const page = visible(browser.lastHtml);
    expect(page).toContain("Methode der gleichen Anteile, aufgefüllt und mit Restgeld nach Stimmen");
    expect(page).toContain("Höchstens 3 Projekte.");
    expect(page).toContain("Neukölln: 10.000 €");
    expect(page).toContain("Anmelden, um ein Projekt vorzuschlagen");
  });

  it("asks a visitor to log in before proposing", async () => {
    const response = await new BrowserClient(t.app).get(`/budgets/${budget.slug}/propose`);
    expect(response.status).toBe(401);
  });

  it("shows field errors and keeps the input when a proposal is incomplete", async () => {
    await resident.get(`/budgets/${budget.slug}/propose`);
    const response = await resident.post(`/budgets/${budget.slug}/propose`, {
      title: "Bank",
      description: "kurz",
      estimatedCost: "viel",
      headingId: "",
    });
    expect(response.status).toBe(422);
    const page = visible(resident.lastHtml);
    expect(page).toContain("Bitte einen Titel mit 5 bis 160 Zeichen angeben.");
    expect(page).toContain("Bitte beschreiben Sie den Vorschlag mit 20 bis 5000 Zeichen.");
    expect(page).toContain("Bitte die Kosten als ganze Zahl in Euro angeben");
    expect(resident.lastHtml).toContain('value="Bank"');
    const stored = await t.deps.database.db.select().from(budgetProjects).where(eq(budgetProjects.budgetId, budget.id));
    expect(stored).toHaveLength(0);
  });

  it("offers the strategy's action fields by name, in the page's language", async () => {
    await resident.get(`/budgets/${budget.slug}/propose`);
    const form = resident.lastHtml;
    expect(form).toMatch(/<legend>Handlungsfelder \(freiwillig\)<\/legend>/);
    expect(form).toMatch(
      /<input type="checkbox" id="field-actionFields-\d+" name="actionFields" value="RW-1"\/><label for="field-actionFields-\d+">Smarte Wirtschaftsmodelle erproben und fördern<\/label>/,
    );
    expect(visible(form)).not.toContain("mobilitaet");
    const english = await resident.get(`/budgets/${budget.slug}/propose?lang=en`);
    expect(english.status).toBe(200);
    expect(resident.lastHtml).toContain(">Test and promote smart economic models</label>");
  });

  it("groups the action fields by the strategy's clusters, each group named by its cluster", async () => {
    await resident.get(`/budgets/${budget.slug}/propose`);
    const outer = resident.lastHtml.match(/<fieldset id="field-actionFields"[\s\S]*<\/fieldset>\s*<button/)?.[0] ?? "";
    const groups = [
      ...outer.matchAll(
        /<fieldset class="checkbox-group checkbox-group--nested"><legend>([^<]+)<\/legend>([\s\S]*?)<\/fieldset>/g,
      ),
    ];
    const legends = groups.map((g) => g[1]);
    expect(legends).toEqual(expect.arrayContaining(["Regeneratives Wirtschaften", "Inklusive Stadtgestaltung"]));
    expect(new Set(legends).size).toBe(legends.length);
    const valuesIn = (legend: string) =>
      [...(groups.find((g) => g[1] === legend)?.[2] ?? "").matchAll(/value="([^"]+)"/g)].map((m) => m[1]);
    expect(valuesIn("Regeneratives Wirtschaften")).toContain("RW-1");
    expect(valuesIn("Regeneratives Wirtschaften").every((v) => v?.startsWith("RW-"))).toBe(true);
    expect(valuesIn("Inklusive Stadtgestaltung")).toContain("IS-2");
    // Every action field is in exactly one group.
    const all = groups.flatMap((g) => [...(g[2] ?? "").matchAll(/value="([^"]+)"/g)].map((m) => m[1]));
    expect(all).toEqual([...outer.matchAll(/name="actionFields" value="([^"]+)"/g)].map((m) => m[1]));
    await resident.get(`/budgets/${budget.slug}/propose?lang=en`);
    expect(resident.lastHtml).toContain("<legend>Regenerative economy</legend>");
  });

  it("refuses an action field the strategy does not have, stores nothing and keeps what was entered", async () => {
    await resident.get(`/budgets/${budget.slug}/propose`);
    const neukoelln = resident.lastHtml.match(/<option value="([^"]+)"[^>]*>Neukölln</)?.[1] as string;
    for (const actionFields of [["RW-1", "klima"], ["mobilitaet, klima"], ["RW-1", "<b>"]]) {
      const response = await resident.post(`/budgets/${budget.slug}/propose`, {
        title: "Trinkbrunnen am Platz",
        headingId: neukoelln,
        estimatedCost: "6000",
        description: "Ein Trinkbrunnen für heiße Tage, mit genug Text.",
        actionFields,
      });
      expect(response.status).toBe(422);
      const page = visible(resident.lastHtml);
      expect(page).toContain("Handlungsfelder (freiwillig): Dieses Handlungsfeld gibt es in der Strategie nicht.");
      expect(resident.lastHtml).toContain('value="Trinkbrunnen am Platz"');
      expect(resident.lastHtml).toContain(">Ein Trinkbrunnen für heiße Tage, mit genug Text.</textarea>");
      // The boxes ticked stay ticked; nothing else is ticked.
      const ticked = [...resident.lastHtml.matchAll(/name="actionFields" value="([^"]+)" checked=""/g)].map(
        (m) => m[1],
      );
      expect(ticked).toEqual(actionFields.filter((f) => f === "RW-1"));
      expect(resident.lastHtml).toMatch(new RegExp(`<option value="${neukoelln}" selected=""`));
    }
    const stored = await t.deps.database.db.select().from(budgetProjects).where(eq(budgetProjects.budgetId, budget.id));
    expect(stored).toHaveLength(0);
  });

  it("takes proposals from a signed-in resident and lists them as being reviewed", async () => {
    await resident.get(`/budgets/${budget.slug}/propose`);
    const neukoelln = resident.lastHtml.match(/<option value="([^"]+)"[^>]*>Neukölln</)?.[1] as string;
    const lichtenberg = resident.lastHtml.match(/<option value="([^"]+)"[^>]*>Lichtenberg</)?.[1] as string;
    const proposals: Array<[string, string, string]> = [
      ["Trinkbrunnen am Platz", neukoelln, "6000"],
      ["Bücherschrank im Park", neukoelln, "3.000"],
      ["Hochbeete am Schulhof", neukoelln, "4000"],
      ["Trinkbrunnen am Markt", neukoelln, "6500"],
      ["Seifenkistenrennen", neukoelln, "50000"],
      ["Bänke am See", lichtenberg, "5000"],
    ];
    for (const [title, headingId, estimatedCost] of proposals) {
      await resident.get(`/budgets/${budget.slug}/propose`);
      const response = await resident.post(`/budgets/${budget.slug}/propose`, {
        title,
        headingId,
        estimatedCost,
        description: `${title}: ein Vorschlag für die Nachbarschaft mit genug Text.`,
        actionFields: ["RW-1", "IS-2"],
      });
      expect(response.status).toBe(303);
    }
    await resident.get(`/budgets/${budget.slug}?done=proposed`);
    const page = visible(resident.lastHtml);
    expect(page).toContain("Danke! Ihr Vorschlag ist eingegangen");
    expect(page).toContain("Vorschläge (6)");
    expect(page).toContain("Wird geprüft");
    const rows = await t.deps.database.db.select().from(budgetProjects).where(eq(budgetProjects.budgetId, budget.id));
    for (const row of rows) projectIds[row.title] = row.id;
    expect(rows.find((r) => r.title === "Bücherschrank im Park")?.estimatedCost).toBe(3000);
    expect(rows.find((r) => r.title === "Bücherschrank im Park")?.actionFields).toEqual(["RW-1", "IS-2"]);
  });
});

describe("review by the administration", () => {
  it("keeps residents out of the administration pages", async () => {
    expect((await resident.get(`/budgets/${budget.slug}/manage`)).status).toBe(403);
    expect((await new BrowserClient(t.app).get(`/budgets/${budget.slug}/manage`)).status).toBe(401);
    await resident.get(`/budgets/${budget.slug}`);
    const response = await resident.post(`/budgets/${budget.slug}/projects/${projectIds.Seifenkistenrennen}/review`, {
      decision: "feasible",
      reason: "",
    });
    expect(response.status).toBe(403);
  });

  it("requires a public reason for 'not feasible' and shows it on the budget page", async () => {
    await office.get(`/budgets/${budget.slug}/manage`);
    const refused = await office.post(`/budgets/${budget.slug}/projects/${projectIds.Seifenkistenrennen}/review`, {
      decision: "not_feasible",
      reason: "",
    });
    expect(refused.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Bitte eine öffentliche Begründung mit mindestens 10 Zeichen angeben.");
    const ok = await office.post(`/budgets/${budget.slug}/projects/${projectIds.Seifenkistenrennen}/review`, {
      decision: "not_feasible",
      reason: "Die Straße kann dafür nicht gesperrt werden.",
    });
    expect(ok.status).toBe(303);
    await resident.get(`/budgets/${budget.slug}`);
    const page = visible(resident.lastHtml);
    expect(page).toContain("Nicht machbar");
    expect(page).toContain("Die Straße kann dafür nicht gesperrt werden.");
  });

  it("sets the official cost, merges a duplicate, and opens voting", async () => {
    await office.get(`/budgets/${budget.slug}/manage`);
    for (const [title, cost] of [
      ["Trinkbrunnen am Platz", "7000"],
      ["Bücherschrank im Park", ""],
      ["Hochbeete am Schulhof", "4000"],
      ["Bänke am See", "5000"],
    ] as const) {
      const response = await office.post(`/budgets/${budget.slug}/projects/${projectIds[title]}/review`, {
        decision: "feasible",
        reason: "",
        officialCost: cost,
      });
      expect(response.status).toBe(303);
    }
    const merged = await office.post(`/budgets/${budget.slug}/projects/${projectIds["Trinkbrunnen am Markt"]}/review`, {
      decision: "merged",
      reason: "Gleiche Idee wie der Trinkbrunnen am Platz.",
      mergeInto: projectIds["Trinkbrunnen am Platz"] as string,
    });
    expect(merged.status).toBe(303);
    await resident.get(`/budgets/${budget.slug}`);
    expect(visible(resident.lastHtml)).toContain("Zusammengelegt mit „Trinkbrunnen am Platz“.");
    expect(visible(resident.lastHtml)).toContain("Kosten laut Verwaltung: 7.000 €");

    await office.get(`/budgets/${budget.slug}/manage`);
    // The button asks first: a POST without the confirmation shows what will happen, changes nothing.
    expect((await office.post(`/budgets/${budget.slug}/manage/phase`, {})).status).toBe(200);
    expect(visible(office.lastHtml)).toContain("Vorschläge schließen und Prüfung beginnen?");
    expect(visible(office.lastHtml)).toContain("Das lässt sich nicht rückgängig machen.");
    await office.get(`/budgets/${budget.slug}/manage`);
    expect(visible(office.lastHtml)).toContain("Aktuelle Phase: Vorschläge");
    await office.get(`/budgets/${budget.slug}/manage/phase`);
    expect(
      (await office.post(`/budgets/${budget.slug}/manage/phase`, { confirm: "yes", from: "proposals" })).status,
    ).toBe(303);
    await office.get(`/budgets/${budget.slug}/manage`);
    expect(visible(office.lastHtml)).toContain("Aktuelle Phase: Prüfung");
    expect((await office.post(`/budgets/${budget.slug}/manage/phase`, { confirm: "yes", from: "review" })).status).toBe(
      303,
    );
    await office.get(`/budgets/${budget.slug}/manage?done=phase`);
    expect(visible(office.lastHtml)).toContain("Aktuelle Phase: Abstimmung");
    advance(1000);
  });

  it("refuses reviews once voting runs", async () => {
    await office.get(`/budgets/${budget.slug}/manage`);
    const response = await office.post(`/budgets/${budget.slug}/projects/${projectIds["Bänke am See"]}/review`, {
      decision: "not_feasible",
      reason: "Zu spät geändert.",
    });
    expect(response.status).toBe(409);
    const [row] = await t.deps.database.db
      .select()
      .from(budgetProjects)
      .where(eq(budgetProjects.id, projectIds["Bänke am See"] as string));
    expect(row?.status).toBe("feasible");
  });

  it("generates voting codes once, as CSV for letters and as a print page, storing only hashes", async () => {
    await office.get(`/budgets/${budget.slug}/manage`);
    const neukoelln = office.lastHtml.match(/<option value="([^"]+)">Neukölln</)?.[1] as string;
    const csv = await office.post(`/budgets/${budget.slug}/codes`, {
      headingId: neukoelln,
      count: "12",
      format: "csv",
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("budget,heading,batch,code,address");
    codes = lines.slice(1).map((line) => line.split(",")[3] as string);
    expect(codes).toHaveLength(12);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const stored = await t.deps.database.db
      .select()
      .from(budgetVotingCodes)
      .where(eq(budgetVotingCodes.budgetId, budget.id));
    expect(stored).toHaveLength(12);
    for (const row of stored) {
      expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(codes.map((c) => c.replace(/-/g, ""))).not.toContain(row.codeHash);
    }

    await office.get(`/budgets/${budget.slug}/manage`);
    const print = await office.post(`/budgets/${budget.slug}/codes`, {
      headingId: neukoelln,
      count: "2",
      format: "html",
    });
    expect(print.status).toBe(200);
    const page = visible(office.lastHtml);
    expect(page).toContain("Abstimmungscodes, Stapel 2");
    expect(page).toContain("werden nur einmal angezeigt");
    expect(office.lastHtml.match(/class="voting-code"/g)).toHaveLength(2);

    await office.get(`/budgets/${budget.slug}/manage`);
    const wrong = await office.post(`/budgets/${budget.slug}/codes`, {
      headingId: neukoelln,
      count: "0",
      format: "csv",
    });
    expect(wrong.status).toBe(422);
    expect(visible(office.lastHtml)).toContain("Bitte eine Zahl zwischen 1 und 5000 angeben.");
  });
});

describe("voting with a code", () => {
  let voter: BrowserClient;
  let receipt = "";

  it("shows the ballot of the code's district with the running total", async () => {
    voter = new BrowserClient(t.app);
    await voter.get(`/budgets/${budget.slug}/vote`);
    expect(visible(voter.lastHtml)).toContain("Höchstens 3 Projekte.");
    const response = await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "code",
      code: (codes[0] as string).toLowerCase().replace(/-/g, " "),
    });
    expect(response.status).toBe(200);
    const page = visible(voter.lastHtml);
    expect(page).toContain("Stimmzettel: Neukölln");
    expect(page).toContain("Trinkbrunnen am Platz – 7.000 €");
    expect(page).toContain("Bücherschrank im Park – 3.000 €");
    expect(page).not.toContain("Bänke am See");
    expect(page).not.toContain("Seifenkistenrennen");
    expect(page).not.toContain("Trinkbrunnen am Markt");
    expect(page).toContain("0 von 3 Projekten · noch 10.000 € frei");
  });

  it("updates the total on the server and warns when the choice is over the limit", async () => {
    const code = hidden(voter.lastHtml, "code")[0] as string;
    await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "update",
      code,
      project: [projectIds["Trinkbrunnen am Platz"] as string, projectIds["Hochbeete am Schulhof"] as string],
    });
    let page = visible(voter.lastHtml);
    // The running total says by how much the choice is over, not "noch 0 €" (before this change).
    expect(page).toContain("2 von 3 Projekten · 1.000 € über dem Budget");
    expect(page).not.toContain("noch 0 €");
    expect(page).toContain("Ihre Projekte kosten zusammen mehr als das verfügbare Geld.");
    // What to do stands below the sticky one-line total, not inside it.
    const box = /<div class="ballot-total over"[\s\S]*?<\/div>/.exec(voter.lastHtml)?.[0] ?? "";
    expect(visible(box).trim()).toBe("2 von 3 Projekten · 1.000 € über dem Budget");
    const over = await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      code,
      project: [projectIds["Trinkbrunnen am Platz"] as string, projectIds["Hochbeete am Schulhof"] as string],
    });
    expect(over.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Ihre Projekte kosten zusammen mehr als das verfügbare Geld.");
    await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "update",
      code,
      project: [projectIds["Trinkbrunnen am Platz"] as string],
    });
    page = visible(voter.lastHtml);
    expect(page).toContain("1 von 3 Projekten · noch 3.000 € frei");
  });

  it("refuses an empty ballot and a project of another district, and saves nothing", async () => {
    const code = hidden(voter.lastHtml, "code")[0] as string;
    const empty = await voter.post(`/budgets/${budget.slug}/vote`, { step: "review", code });
    expect(empty.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Bitte wählen Sie mindestens ein Projekt.");
    const foreign = await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      code,
      project: [projectIds["Bänke am See"] as string],
    });
    expect(foreign.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Ein gewähltes Projekt gehört nicht zu Ihrem Bereich.");
    expect(await countCurrentBallots()).toBe(0);
  });

  it("confirms explicitly and hands out a receipt", async () => {
    const code = hidden(voter.lastHtml, "code")[0] as string;
    await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      code,
      project: [projectIds["Trinkbrunnen am Platz"] as string, projectIds["Bücherschrank im Park"] as string],
    });
    let page = visible(voter.lastHtml);
    expect(page).toContain("Stimmzettel bestätigen");
    expect(page).toContain("Summe 10.000 €");
    expect(await countCurrentBallots()).toBe(0);
    // Back to change the choice, then forward again.
    await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "edit",
      code,
      project: hidden(voter.lastHtml, "project"),
    });
    expect(visible(voter.lastHtml)).toContain("2 von 3 Projekten · noch 0 € frei");
    await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      code,
      project: [projectIds["Bücherschrank im Park"] as string, projectIds["Hochbeete am Schulhof"] as string],
    });
    const confirmPage = voter.lastHtml;
    const token = voter.csrfToken();
    const fields = {
      step: "confirm",
      code,
      idempotencyKey: hidden(confirmPage, "idempotencyKey")[0] as string,
      project: hidden(confirmPage, "project"),
    };
    const response = await voter.post(`/budgets/${budget.slug}/vote`, fields);
    expect(response.status).toBe(200);
    page = visible(voter.lastHtml);
    expect(page).toContain("Ihre Stimme wurde gezählt");
    receipt = voter.lastHtml.match(/id="receipt-code">\s*([0-9A-Z-]+)\s*</)?.[1] as string;
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await countCurrentBallots()).toBe(1);
    // The receipt page offers to save the receipt as a file, a plain form that needs no script.
    expect(voter.lastHtml).toContain(`action="/budgets/${budget.slug}/receipt"`);
    expect(hidden(voter.lastHtml, "receipt")).toEqual([receipt]);
    expect(page).toContain("Quittung als Textdatei speichern");

    // The same confirmation sent again (a retry after a lost answer) shows the first receipt again
    // and changes nothing.
    const retry = await voter.post(`/budgets/${budget.slug}/vote`, { ...fields, _csrf: token });
    expect(retry.status).toBe(200);
    expect(visible(voter.lastHtml)).toContain("Ihre Stimme wurde gezählt");
    expect(voter.lastHtml.match(/id="receipt-code">\s*([0-9A-Z-]+)\s*</)?.[1]).toBe(receipt);
    expect(await countCurrentBallots()).toBe(1);
  });

  it("refuses a used code and an unknown code with clear messages", async () => {
    const other = new BrowserClient(t.app);
    await other.get(`/budgets/${budget.slug}/vote`);
    const used = await other.post(`/budgets/${budget.slug}/vote`, { step: "code", code: codes[0] as string });
    expect(used.status).toBe(409);
    expect(visible(other.lastHtml)).toContain("Mit diesem Code wurde schon abgestimmt.");
    const unknown = await other.post(`/budgets/${budget.slug}/vote`, { step: "code", code: "ZZZZ-ZZZZ-ZZZZ-ZZZZ" });
    expect(unknown.status).toBe(422);
    expect(visible(other.lastHtml)).toContain("Diesen Code kennen wir nicht.");
    const malformed = await other.post(`/budgets/${budget.slug}/vote`, { step: "code", code: "1234" });
    expect(malformed.status).toBe(422);
    expect(visible(other.lastHtml)).toContain("Der Code hat 16 Zeichen");
  });

  it("refuses a confirmation with a wrong code or over the limit, even when the form was altered", async () => {
    const other = new BrowserClient(t.app);
    await other.get(`/budgets/${budget.slug}/vote`);
    const _csrf = other.csrfToken();
    const base = { _csrf, step: "confirm", idempotencyKey: "altered-form-key-0001" };
    const wrong = await other.post(`/budgets/${budget.slug}/vote`, {
      ...base,
      code: "ZZZZ-ZZZZ-ZZZZ-ZZZY",
      project: [projectIds["Bücherschrank im Park"] as string],
    });
    expect(wrong.status).toBe(422);
    expect(visible(other.lastHtml)).toContain("Diesen Code kennen wir nicht.");
    const over = await other.post(`/budgets/${budget.slug}/vote`, {
      ...base,
      code: codes[3] as string,
      project: [projectIds["Trinkbrunnen am Platz"] as string, projectIds["Hochbeete am Schulhof"] as string],
    });
    expect(over.status).toBe(422);
    expect(visible(other.lastHtml)).toContain("Ihre Projekte kosten zusammen mehr als das verfügbare Geld.");
    expect(await countCurrentBallots()).toBe(1);
    const [code] = await t.deps.database.db
      .select()
      .from(budgetVotingCodes)
      .where(eq(budgetVotingCodes.codeHash, hashCode(normaliseCode(codes[3] as string))));
    expect(code?.usedAt).toBeNull();
  });

  it("hands the receipt out as a text file with the address to check it, and refuses anything else", async () => {
    const download = await voter.post(`/budgets/${budget.slug}/receipt`, { receipt });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="${budget.slug}-quittung.txt"`);
    expect(download.headers.get("cache-control")).toBe("no-store");
    const file = await download.text();
    expect(file).toContain(`Quittungscode: ${receipt}`);
    expect(file).toContain(`/budgets/${budget.slug}/check`);
    expect(file).toContain("Er verrät niemandem, wie Sie abgestimmt haben.");
    expect((await voter.post(`/budgets/${budget.slug}/receipt`, { receipt: "<script>" })).status).toBe(422);
  });

  it("checks a receipt without showing the choices", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get(`/budgets/${budget.slug}/check`);
    await browser.post(`/budgets/${budget.slug}/check`, { receipt: receipt.toLowerCase() });
    const page = visible(browser.lastHtml);
    expect(page).toContain("Ihr Stimmzettel wurde gezählt");
    expect(page).not.toContain("Bücherschrank");
    const unknown = await browser.post(`/budgets/${budget.slug}/check`, { receipt: "0000-0000-0000-0000" });
    expect(unknown.status).toBe(404);
    expect(visible(browser.lastHtml)).toContain("Zu diesem Quittungscode gibt es keinen Stimmzettel.");
  });

  it("slows down only wrong codes from a flooding address; a right code from there still works", async () => {
    const guesser = new BrowserClient(t.app);
    await guesser.get(`/budgets/${budget.slug}/vote`);
    const _csrf = guesser.csrfToken();
    const statuses: number[] = [];
    // A whole school behind one address may mistype many codes: 200 (a few typed by the tests
    // above from the same address) are answered as usual, only then is a wrong code answered "wait".
    for (let i = 0; i < 250 && !statuses.includes(429); i++) {
      statuses.push(
        (
          await guesser.post(`/budgets/${budget.slug}/vote`, {
            _csrf,
            step: "code",
            code: `ABCD-ABCD-ABCD-${String(1000 + i)}`,
          })
        ).status,
      );
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).filter((s) => s !== 422)).toEqual([]);
    expect(statuses.length).toBeGreaterThan(190);
    expect(visible(guesser.lastHtml)).toContain("Von Ihrem Netz aus wurden sehr viele falsche Codes eingegeben.");
    // A right code from the same address is never refused because of the others' wrong ones.
    const right = await guesser.post(`/budgets/${budget.slug}/vote`, { _csrf, step: "code", code: codes[1] as string });
    expect(right.status).toBe(200);
    expect(visible(guesser.lastHtml)).not.toContain("falsche Codes");
    advance(16 * 60 * 1000);
  });

  it("slows down only unknown receipts from a flooding address; a real receipt is still checked", async () => {
    const checker = new BrowserClient(t.app);
    await checker.get(`/budgets/${budget.slug}/check`);
    const _csrf = checker.csrfToken();
    const statuses: number[] = [];
    for (let i = 0; i < 250 && !statuses.includes(429); i++) {
      const typed = `ABCD-ABCD-ABCD-${String(1000 + i)}`;
      statuses.push((await checker.post(`/budgets/${budget.slug}/check`, { _csrf, receipt: typed })).status);
    }
    // The test above checked one unknown receipt from the same address already.
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).filter((s) => s !== 404 && s !== 422)).toEqual([]);
    expect(statuses.length).toBeGreaterThan(195);
    expect(visible(checker.lastHtml)).toContain("sehr viele unbekannte Quittungscodes");
    const real = await checker.post(`/budgets/${budget.slug}/check`, { _csrf, receipt });
    expect(real.status).toBe(200);
    expect(visible(checker.lastHtml)).toContain("Ihr Stimmzettel wurde gezählt");
    advance(16 * 60 * 1000);
  });
});

describe("voting with a verified account", () => {
  it("puts the account on the ballot of its district and lets it change the ballot", async () => {
    // The profile's district decides nothing: the account declares on the ballot page where it lives.
    const { browser } = await signedIn(t, { district: "neukoelln" });
    await browser.get(`/budgets/${budget.slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Ich erkläre, dass ich in Lichtenberg wohne.");
    expect(await declareResidence(browser, budget.slug, "Lichtenberg")).toBe(303);
    await browser.get(`/budgets/${budget.slug}/vote`);
    expect(visible(browser.lastHtml)).toContain("Stimmzettel: Lichtenberg");
    expect(visible(browser.lastHtml)).toContain("Sie haben erklärt, dass Sie in Lichtenberg wohnen.");
    await browser.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      project: [projectIds["Bänke am See"] as string],
    });
    const first = {
      step: "confirm",
      idempotencyKey: hidden(browser.lastHtml, "idempotencyKey")[0] as string,
      project: hidden(browser.lastHtml, "project"),
    };
    await browser.post(`/budgets/${budget.slug}/vote`, first);
    const firstReceipt = browser.lastHtml.match(/id="receipt-code">\s*([0-9A-Z-]+)\s*</)?.[1] as string;
    expect(await countCurrentBallots()).toBe(2);

    await browser.get(`/budgets/${budget.slug}/vote`);
    await browser.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      project: [projectIds["Bänke am See"] as string],
    });
    await browser.post(`/budgets/${budget.slug}/vote`, {
      step: "confirm",
      idempotencyKey: hidden(browser.lastHtml, "idempotencyKey")[0] as string,
      project: hidden(browser.lastHtml, "project"),
    });
    expect(visible(browser.lastHtml)).toContain("Ihr neuer Stimmzettel ersetzt den alten.");
    expect(await countCurrentBallots()).toBe(2);

    await browser.get(`/budgets/${budget.slug}/check`);
    await browser.post(`/budgets/${budget.slug}/check`, { receipt: firstReceipt });
    expect(visible(browser.lastHtml)).toContain("durch einen neueren ersetzt");
  });

  it("sends an unverified account to the code form, and asks an account without declaration where it lives", async () => {
    const unverified = (await signedIn(t, { district: "neukoelln", verified: false })).browser;
    await unverified.get(`/budgets/${budget.slug}/vote`);
    expect(visible(unverified.lastHtml)).toContain("Ihr Konto ist noch nicht bestätigt.");
    expect(visible(unverified.lastHtml)).not.toContain("Ich erkläre");
    // Before, an account without a district in its profile was sent to the code form; now the
    // ballot page asks for the declaration, whatever the profile says.
    const noDistrict = (await signedIn(t, {})).browser;
    await noDistrict.get(`/budgets/${budget.slug}/vote`);
    expect(visible(noDistrict.lastHtml)).toContain(
      "Bevor Sie mit Ihrem Konto abstimmen, erklären Sie bitte, wo Sie wohnen.",
    );
    expect(visible(noDistrict.lastHtml)).toContain("Ich erkläre, dass ich in Neukölln wohne.");
  });

  it("keeps the results closed while voting runs, on a normal page that says when they come", async () => {
    // Before, this page was an error headed "Konflikt" with status 409; it is simply not yet time.
    const browser = new BrowserClient(t.app);
    expect((await browser.get(`/budgets/${budget.slug}/results`)).status).toBe(200);
    const text = visible(browser.lastHtml);
    expect(text).not.toContain("Konflikt");
    expect(text).toMatch(/Die Ergebnisse werden am \d+\. \p{L}+ \d{4}.* veröffentlicht/u);
    expect(text).toContain("Die Abstimmung läuft noch.");
    expect(text).not.toContain("Gefördert");
    expect((await t.app.request(`/api/v1/budgets/${budget.slug}/results`)).status).toBe(409);
  });
});

describe("results", () => {
  it("refuses ballots once voting is closed", async () => {
    const voter = new BrowserClient(t.app);
    await voter.get(`/budgets/${budget.slug}/vote`);
    await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      code: codes[2] as string,
      project: [projectIds["Hochbeete am Schulhof"] as string],
    });
    const confirm = {
      step: "confirm",
      code: codes[2] as string,
      idempotencyKey: hidden(voter.lastHtml, "idempotencyKey")[0] as string,
      project: hidden(voter.lastHtml, "project"),
    };

    await office.get(`/budgets/${budget.slug}/manage`);
    // Closing the vote asks first, says what happens and that it cannot be undone.
    await office.post(`/budgets/${budget.slug}/manage/phase`, {});
    let asked = visible(office.lastHtml);
    expect(asked).toContain("Abstimmung beenden und Ergebnisse veröffentlichen?");
    expect(asked).toContain("Niemand kann danach noch abstimmen oder einen Stimmzettel ändern.");
    expect(asked).toContain("2 gültige Stimmzettel werden ausgezählt");
    expect(asked).toContain("Das lässt sich nicht rückgängig machen.");
    expect(office.lastHtml).toContain('name="confirm" value="yes"');
    // A confirmation given for another phase (a stale page) starts nothing.
    await office.post(`/budgets/${budget.slug}/manage/phase`, { confirm: "yes", from: "review" });
    asked = visible(office.lastHtml);
    expect(asked).toContain("Abstimmung beenden und Ergebnisse veröffentlichen?");
    expect((await new BrowserClient(t.app).get(`/budgets/${budget.slug}/vote`)).status).toBe(200);
    await office.get(`/budgets/${budget.slug}/manage`);
    expect(visible(office.lastHtml)).toContain("Aktuelle Phase: Abstimmung");
    expect((await office.post(`/budgets/${budget.slug}/manage/phase`, { confirm: "yes", from: "voting" })).status).toBe(
      303,
    );
    advance(1000);

    const late = await voter.post(`/budgets/${budget.slug}/vote`, confirm);
    expect(late.status).toBe(409);
    expect(visible(voter.lastHtml)).toContain("Die Abstimmung ist nicht geöffnet. Es wurde nichts gespeichert.");
    expect(await countCurrentBallots()).toBe(2);
    const [code] = await t.deps.database.db
      .select()
      .from(budgetVotingCodes)
      .where(isNull(budgetVotingCodes.usedAt))
      .limit(1);
    expect(code).toBeDefined();
  });

  it("shows funded projects, the rule, explanations, statistics and a chart with a table", async () => {
    const browser = new BrowserClient(t.app);
    expect((await browser.get(`/budgets/${budget.slug}/results`)).status).toBe(200);
    const page = visible(browser.lastHtml);
    expect(page).toContain("Ergebnisse: Kiezkasse Test");
    expect(page).toContain("Methode der gleichen Anteile, aufgefüllt und mit Restgeld nach Stimmen");
    expect(page).toContain("Gültige Stimmzettel 2");
    expect(page).toContain("1 mit Code, 1 mit Konto");
    expect(page).toMatch(/Bücherschrank im Park 3\.000 € 1 Ja In Runde \d gefördert/);
    expect(page).toContain("Trinkbrunnen am Platz 7.000 € 0 Nein Nicht gefördert: Niemand hat dafür gestimmt.");
    expect(browser.lastHtml).toContain("<svg");
    expect(browser.lastHtml).toContain('role="img"');
  });

  it("exports the results as CSV and each heading as a .pb file that reads back", async () => {
    const csv = await t.app.request(`/budgets/${budget.slug}/results.csv`);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("heading,project_id,title,cost_eur,votes,points,funded,round,reason");
    expect(text).toContain("Neukölln,0002,Bücherschrank im Park,3000,1,1,yes,");
    const pb = await t.app.request(`/api/v1/budgets/${budget.slug}/export.pb?heading=1`);
    expect(pb.status).toBe(200);
    const election = readPb(await pb.text());
    expect(election.voters).toHaveLength(1);
    expect(election.projects.map((p) => p.id).sort()).toEqual(["0001", "0002", "0003"]);
    expect(election.budget.toString()).toBe("10000");
    expect((await t.app.request(`/api/v1/budgets/${budget.slug}/export.pb?heading=9`)).status).toBe(400);
  });

  it("answers the API with budgets, projects and results", async () => {
    const list = (await (await t.app.request("/api/v1/budgets")).json()) as {
      items: Array<{ slug: string; phase: string; amount: number }>;
      total: number;
    };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ slug: budget.slug, phase: "results", amount: 18000 });
    const detail = (await (await t.app.request(`/api/v1/budgets/${budget.id}`)).json()) as {
      headings: unknown[];
      maxProjects: number;
    };
    expect(detail.headings).toHaveLength(2);
    expect(detail.maxProjects).toBe(3);
    const projects = (await (
      await t.app.request(`/api/v1/budgets/${budget.slug}/projects?pageSize=2&page=2`)
    ).json()) as { items: Array<{ key: string }>; total: number };
    expect(projects.total).toBe(6);
    expect(projects.items.map((p) => p.key)).toEqual(["0003", "0004"]);
    const results = (await (await t.app.request(`/api/v1/budgets/${budget.slug}/results`)).json()) as {
      rule: string;
      headings: Array<{
        ballots: number;
        selected: string[];
        projects: Array<{ key: string; explanation: { funded: boolean } | null }>;
      }>;
    };
    expect(results.rule).toBe("mes_cost_add1_greedy");
    expect(results.headings[0]?.ballots).toBe(1);
    expect(results.headings[0]?.selected).toContain("0002");
    const missing = await t.app.request("/api/v1/budgets/no-such-budget");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    const openapi = (await (await t.app.request("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/v1/budgets", "/api/v1/budgets/{id}/export.pb"]),
    );
  });

  it("shows the pages in English too", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get(`/budgets/${budget.slug}/results?lang=en`);
    const page = visible(browser.lastHtml);
    expect(page).toContain("Results: Kiezkasse Test");
    expect(page).toContain("Not funded: nobody voted for it.");
  });
});
