import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { insertSurveyProcess } from "../../../../tests/support/participation-survey";
import { participationSurveyProfiles, participationSurveyResponses, participationSurveys } from "../data/schema";

let t: TestApp;
let now = new Date("2026-05-04T10:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
}, 300_000);
afterAll(async () => t?.close());

const office = () => signedIn(t, { roles: ["strategy_office"], name: "Ola Office" });

/** The builder's fields for a complete questionnaire: a choice, a question shown on "yes", a scale, a text and a matrix. */
const questionnaire: Record<string, string | string[]> = {
  count: "5",
  answeredBy: "anonymous",
  profile: ["district", "stakeholder-group"],
  "q-0-id": "q1",
  "q-0-kind": "single",
  "q-0-textDe": "Nutzen Sie das WLAN?",
  "q-0-textEn": "Do you use the Wi-Fi?",
  "q-0-required": "on",
  "q-0-choicesDe": "Ja\nNein",
  "q-0-choicesEn": "Yes\nNo",
  "q-1-id": "q2",
  "q-1-kind": "multiple",
  "q-1-textDe": "Wo nutzen Sie es?",
  "q-1-textEn": "Where do you use it?",
  "q-1-required": "on",
  "q-1-choicesDe": "Bibliothek\nPark",
  "q-1-choicesEn": "Library\nPark",
  "q-1-showIf": "q1:c1",
  "q-2-id": "q3",
  "q-2-kind": "scale",
  "q-2-textDe": "Wie zufrieden sind Sie?",
  "q-2-textEn": "How satisfied are you?",
  "q-2-required": "on",
  "q-2-lowDe": "gar nicht",
  "q-2-lowEn": "not at all",
  "q-2-highDe": "sehr",
  "q-2-highEn": "very",
  "q-3-id": "q4",
  "q-3-kind": "long-text",
  "q-3-textDe": "Was wünschen Sie sich?",
  "q-3-textEn": "What do you wish for?",
  "q-4-id": "q5",
  "q-4-kind": "matrix",
  "q-4-textDe": "Bewerten Sie",
  "q-4-textEn": "Rate",
  "q-4-choicesDe": "gut\nschlecht",
  "q-4-choicesEn": "good\nbad",
  "q-4-rowsDe": "Tempo\nStabilität",
  "q-4-rowsEn": "Speed\nStability",
};

async function buildSurvey(slug: string, fields: Record<string, string | string[]> = {}) {
  const { browser } = await office();
  await browser.get(`/participation/${slug}/survey/edit`);
  const saved = await browser.post(`/participation/${slug}/survey/edit`, { ...questionnaire, ...fields, op: "save" });
  expect(saved.status).toBe(303);
  return browser;
}

/** Answers the anonymous survey in a browser through its pages; answers the last response. */
async function answerAll(browser: BrowserClient, slug: string, text = "Mehr Steckdosen", district = "mitte") {
  await browser.get(`/participation/${slug}/survey`);
  const second = await browser.post(`/participation/${slug}/survey`, { step: "0", "a-q1": "c1" });
  expect(second.status).toBe(200);
  const last = await browser.post(`/participation/${slug}/survey`, {
    step: "1",
    "a-q1": "c1",
    "a-q2": ["c1", "c2"],
    "a-q3": "4",
    "a-q4": text,
  });
  expect(last.status).toBe(200);
  expect(visible(await last.text())).toContain("Angaben zu Ihnen");
  return browser.post(`/participation/${slug}/survey`, {
    step: "2",
    "a-q1": "c1",
    "a-q2": ["c1", "c2"],
    "a-q3": "4",
    "a-q4": text,
    district,
  });
}

describe("the office's questionnaire builder", () => {
  it("is the office's alone, and works without JavaScript: add a question of a kind, move and remove it", async () => {
    const { slug } = await insertSurveyProcess(t.database.db, { slug: "wlan-builder", now });
    const resident = await signedIn(t);
    expect((await resident.browser.get(`/participation/${slug}/survey/edit`)).status).toBe(403);
    const { browser } = await office();
    const empty = await browser.get(`/participation/${slug}/survey/edit`);
    expect(empty.status).toBe(200);
    const added = await browser.post(`/participation/${slug}/survey/edit`, { count: "0", op: "add:scale" });
    const html = await added.text();
    expect(html).toContain('name="q-0-lowDe"');
    expect(visible(html)).toContain("Frage 1: Skala 1 bis 5");
    const twice = await browser.post(`/participation/${slug}/survey/edit`, {
      count: "1",
      "q-0-id": "q1",
      "q-0-kind": "scale",
      "q-0-textDe": "Zufrieden?",
      op: "add:single",
    });
    const both = await twice.text();
    expect(both).toContain(">Zufrieden?</textarea>");
    expect(visible(both)).toContain("Frage 2: Eine Auswahl");
    const moved = await browser.post(`/participation/${slug}/survey/edit`, {
      count: "2",
      "q-0-id": "q1",
      "q-0-kind": "scale",
      "q-0-textDe": "Zufrieden?",
      "q-1-id": "q2",
      "q-1-kind": "single",
      "q-1-textDe": "Ja oder nein?",
      op: "up:1",
    });
    expect(visible(await moved.text())).toMatch(/Frage 1: Eine Auswahl.*Ja oder nein\?.*Frage 2: Skala/s);
    const removed = await browser.post(`/participation/${slug}/survey/edit`, {
      count: "2",
      "q-0-id": "q1",
      "q-0-kind": "scale",
      "q-1-id": "q2",
      "q-1-kind": "single",
      op: "remove:0",
    });
    const left = visible(await removed.text());
    expect(left).toContain("Frage 1: Eine Auswahl");
    expect(left).not.toContain("Skala 1 bis 5 hinzufügen Frage 2");
  });

  it("names the question of a mistake beside its field, keeps what was typed and stores nothing", async () => {
    const { slug, id } = await insertSurveyProcess(t.database.db, { slug: "wlan-mistake", now });
    const { browser } = await office();
    await browser.get(`/participation/${slug}/survey/edit`);
    const refused = await browser.post(`/participation/${slug}/survey/edit`, {
      ...questionnaire,
      "q-2-lowEn": "",
      "q-1-choicesDe": "Bibliothek",
      "q-1-choicesEn": "Library",
      op: "save",
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(visible(html)).toContain("Frage 2: Bitte mindestens zwei Antwortmöglichkeiten");
    expect(html).toContain('href="#field-q-1-choicesDe"');
    expect(html).toContain(">Wie zufrieden sind Sie?</textarea>");
    const rows = await t.database.db.select().from(participationSurveys).where(eq(participationSurveys.processId, id));
    expect(rows).toHaveLength(0);
    expect(t.logger.entries.some((e) => e.message === "form refused" && !JSON.stringify(e).includes("stack"))).toBe(
      true,
    );
  });

  it("saves the questionnaire and shows it again as saved", async () => {
    const { slug } = await insertSurveyProcess(t.database.db, { slug: "wlan-saved", now });
    const browser = await buildSurvey(slug);
    const page = await browser.get(`/participation/${slug}/survey/edit?done=saved`);
    const html = await page.text();
    expect(visible(html)).toContain("Der Fragebogen ist gespeichert.");
    expect(html).toContain(">Bibliothek\nPark</textarea>");
    expect(html).toMatch(/value="q1:c1" selected/);
  });
});

describe("answering an anonymous survey", () => {
  let slug = "";
  beforeAll(async () => {
    ({ slug } = await insertSurveyProcess(t.database.db, { slug: "wlan-anonym", now }));
    await buildSurvey(slug);
  });

  it("goes page by page, shows the conditional question after its answer, and thanks", async () => {
    const guest = new BrowserClient(t.app);
    const first = await guest.get(`/participation/${slug}/survey`);
    const html = visible(await first.text());
    expect(html).toContain("Nutzen Sie das WLAN?");
    expect(html).not.toContain("Wo nutzen Sie es?");
    const no = await guest.post(`/participation/${slug}/survey`, { step: "0", "a-q1": "c2" });
    expect(visible(await no.text())).not.toContain("Wo nutzen Sie es?");
    const yes = await guest.post(`/participation/${slug}/survey`, { step: "0", "a-q1": "c1" });
    const page2 = await yes.text();
    expect(visible(page2)).toContain("Wo nutzen Sie es?");
    expect(page2).toContain('type="hidden" name="a-q1" value="c1"');
    const sent = await answerAll(guest, slug);
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/participation/${slug}/survey/thanks`);
    const thanks = await guest.get(`/participation/${slug}/survey/thanks`);
    expect(visible(await thanks.text())).toContain("Vielen Dank für Ihre Antworten!");
  });

  it("refuses a missing required answer, an unknown option and a value outside the scale, naming the question", async () => {
    const guest = new BrowserClient(t.app);
    await guest.get(`/participation/${slug}/survey`);
    const refused = await guest.post(`/participation/${slug}/survey`, {
      step: "1",
      "a-q1": "c1",
      "a-q2": "wifi-cafe",
      "a-q3": "7",
      "a-q4": "Mein Text bleibt",
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    const text = visible(html);
    expect(text).toContain("Wo nutzen Sie es?: Bitte wählen Sie eine der angebotenen Antworten.");
    expect(text).toContain("Wie zufrieden sind Sie?: Bitte wählen Sie einen Wert von 1 bis 5.");
    expect(html).toContain("Mein Text bleibt");
    const missing = await guest.post(`/participation/${slug}/survey`, { step: "1", "a-q1": "c1", "a-q3": "3" });
    expect(visible(await missing.text())).toContain("Wo nutzen Sie es?: Bitte beantworten Sie diese Frage.");
  });

  it("refuses a second answer from the same browser, stores no account and keeps the profile apart", async () => {
    const { browser } = await signedIn(t);
    expect((await answerAll(browser, slug, "Schneller bitte", "neukoelln")).status).toBe(303);
    const again = await browser.get(`/participation/${slug}/survey`);
    expect(visible(await again.text())).toContain("Sie haben schon geantwortet");
    const twice = await browser.post(`/participation/${slug}/survey`, {
      step: "2",
      "a-q1": "c2",
      "a-q3": "1",
    });
    expect(visible(await twice.text())).toContain("Sie haben schon geantwortet");
    const rows = await t.database.db.select().from(participationSurveyResponses);
    const mine = rows.filter((row) => (row.answers as Record<string, unknown>).q4 === "Schneller bitte");
    expect(mine).toHaveLength(1);
    expect(mine[0]?.accountId).toBeNull();
    expect(mine[0]?.browserKey).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(mine[0]?.submittedAt.getUTCHours()).toBe(0);
    const [profile] = await t.database.db
      .select()
      .from(participationSurveyProfiles)
      .where(eq(participationSurveyProfiles.responseId, mine[0]?.id ?? ""));
    expect(profile?.district).toBe("neukoelln");
  });

  it("refuses changing the questions once answers arrived, with a plain reason", async () => {
    const { browser } = await office();
    const page = await browser.get(`/participation/${slug}/survey/edit`);
    expect(visible(await page.text())).toContain("kann nicht mehr geändert werden");
    const refused = await browser.post(`/participation/${slug}/survey/edit`, {
      ...questionnaire,
      "q-0-textDe": "Anders gefragt",
      op: "save",
    });
    expect(refused.status).toBe(422);
    expect(visible(await refused.text())).toContain(
      "Der Fragebogen kann nicht mehr geändert werden, weil schon Antworten eingegangen sind.",
    );
  });
});

describe("a survey answered with accounts", () => {
  it("asks guests to sign in and takes one answer per account", async () => {
    const { slug } = await insertSurveyProcess(t.database.db, { slug: "wlan-konten", now });
    await buildSurvey(slug, { answeredBy: "accounts", profile: [] });
    const guest = new BrowserClient(t.app);
    expect(visible(await (await guest.get(`/participation/${slug}/survey`)).text())).toContain(
      "Bitte melden Sie sich an",
    );
    const { browser, userId } = await signedIn(t);
    await browser.get(`/participation/${slug}/survey`);
    const fields = { step: "1", "a-q1": "c2", "a-q3": "5" };
    const sent = await browser.post(`/participation/${slug}/survey`, fields);
    expect(sent.status).toBe(303);
    const again = await browser.post(`/participation/${slug}/survey`, fields);
    expect(visible(await again.text())).toContain("Sie haben schon geantwortet");
    const rows = await t.database.db
      .select()
      .from(participationSurveyResponses)
      .where(eq(participationSurveyResponses.accountId, userId));
    expect(rows).toHaveLength(1);
  });
});

describe("results", () => {
  let slug = "";
  let processId = "";
  beforeAll(async () => {
    ({ slug, id: processId } = await insertSurveyProcess(t.database.db, { slug: "wlan-ergebnisse", now }));
    await buildSurvey(slug);
    await answerAll(new BrowserClient(t.app), slug, '=HYPERLINK("http://evil")', "mitte");
    await answerAll(new BrowserClient(t.app), slug, "Nennt Frau Müller aus Haus 3", "neukoelln");
  });

  it("are the office's alone before publication, which waits for the survey's end", async () => {
    const guest = new BrowserClient(t.app);
    expect((await guest.get(`/participation/${slug}/survey/results`)).status).toBe(404);
    expect((await guest.get(`/api/v1/processes/${processId}/survey-results`)).status).toBe(404);
    const { browser } = await office();
    const page = await browser.get(`/participation/${slug}/survey/results`);
    const text = visible(await page.text());
    expect(text).toContain("2 Antworten insgesamt");
    expect(text).toContain("Nur Sie im Büro sehen diese Ergebnisse.");
    expect(text).not.toContain("Ergebnisse veröffentlichen");
    const early = await browser.post(`/participation/${slug}/survey/results/publish`, {});
    expect(early.status).toBe(422);
  });

  it("lets the office hide a free text with a reason, publish after the end, and shows charts and tables to everyone", async () => {
    let { browser } = await office();
    const page = await browser.get(`/participation/${slug}/survey/results`);
    const html = await page.text();
    // The hide form right after the text it belongs to.
    const after = html.slice(html.indexOf("Nennt Frau"));
    const target = /name="responseId" value="([^"]+)"/.exec(after)?.[1] ?? "";
    const hidden = await browser.post(`/participation/${slug}/survey/results/hide`, {
      responseId: target,
      questionId: "q4",
      [`reason-${target}-q4`]: "Nennt eine Person",
    });
    expect(hidden.status).toBe(303);
    now = new Date(now.getTime() + 15 * DAY);
    // A new session: the one before would have run out over the fortnight.
    ({ browser } = await office());
    const ended = await browser.get(`/participation/${slug}/survey/results`);
    expect(visible(await ended.text())).toContain("Ergebnisse veröffentlichen");
    const published = await browser.post(`/participation/${slug}/survey/results/publish`, {});
    expect(published.status).toBe(303);

    const guest = new BrowserClient(t.app);
    const open = await guest.get(`/participation/${slug}/survey/results`);
    expect(open.status).toBe(200);
    const publicHtml = await open.text();
    const text = visible(publicHtml);
    expect(text).toContain("Nutzen Sie das WLAN?");
    expect(text).toContain("Am häufigsten: Ja (2).");
    expect(publicHtml).toContain('class="bar-chart"');
    expect(text).toContain("Vom Büro ausgeblendet: Nennt eine Person");
    expect(text).not.toContain("Frau Müller");
    expect(text).toContain("Durchschnitt: 4");
    const filtered = visible(await (await guest.get(`/participation/${slug}/survey/results?district=mitte`)).text());
    expect(filtered).toContain("1 Antwort passt zum Filter");
  });

  it("downloads one row per response through the CSV writer, and the API answers after publication", async () => {
    const guest = new BrowserClient(t.app);
    const csv = await guest.get(`/participation/${slug}/survey/results.csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Nutzen Sie das WLAN?");
    expect(lines.join("\n")).toContain("'=HYPERLINK");
    expect(lines.join("\n")).toContain("[ausgeblendet: Nennt eine Person]");
    expect(lines.join("\n")).not.toContain("Müller");
    const json = await (await guest.get(`/participation/${slug}/survey/results.json`)).json();
    expect(json.total).toBe(2);
    expect(JSON.stringify(json)).not.toContain("Müller");
    const api = await guest.get(`/api/v1/processes/${slug}/survey-results`);
    expect(api.status).toBe(200);
    const body = await api.json();
    expect(body.total).toBe(2);
    expect(body.results[0]).toMatchObject({ kind: "choices", counts: { c1: 2, c2: 0 } });
    expect(body.texts.q4).toContainEqual({ text: null, hiddenReason: "Nennt eine Person" });
  });
});
