import { and, desc, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { demoMonitoringApp, teamMemberOf } from "../../../../tests/support/monitoring";
import { notifications } from "../../notifications/data/schema";
import { measures } from "../../strategy/data/schema";
import {
  monitoringLessons,
  monitoringModelVersions,
  monitoringReviewProposals,
  monitoringReviewReports,
  monitoringReviewRounds,
} from "../data/schema";
import { reviewReminderHandler } from "../use-cases/remind-review-teams";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
let slug = "";
let measureId = "";
let otherSlug = "";
let office: BrowserClient;
let roundId = "";
const participants = "z1-training-participants";

async function count(table: typeof monitoringReviewRounds | typeof monitoringLessons | typeof monitoringModelVersions) {
  const [row] = await t.deps.database.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

const reportPath = () => `/reviews/${roundId}/measures/${slug}`;

const goodReport = {
  intent: "submit",
  valuesNote: "Die Werte bis zum 3. Quartal sind eingetragen.",
  narrative: "Die Fortbildungen liefen, aber weniger Bezirke machten mit.",
  wentWell: "Die Online-Kurse waren schnell voll.",
  "lesson-0-text": "Bezirke früher ansprechen, nicht erst kurz vor dem Start.",
  "lesson-0-topic": "participation",
  "lesson-0-tags": "Bezirke, Zeitplan",
  risks: "Personal fehlt im nächsten Jahr.",
  "proposal-0-indicator": participants,
  "proposal-0-period": "2027",
  "proposal-0-target": "900",
  "proposal-0-reason": "Nur vier statt zwölf Bezirke machen mit.",
};

beforeAll(async () => {
  ({ t, slug, measureId } = await demoMonitoringApp(() => now));
  const [other] = await t.deps.database.db
    .select({ slug: measures.slug })
    .from(measures)
    .where(and(ne(measures.id, measureId), eq(measures.code, "Z2")));
  otherSlug = other?.slug ?? "";
  ({ browser: office } = await signedIn(t, { roles: ["strategy_office"] }));
});
afterAll(async () => t.close());

describe("opening a review round", () => {
  it("refuses a deadline in the past at its field and opens no round", async () => {
    const before = await count(monitoringReviewRounds);
    await office.get("/reviews");
    const response = await office.post("/reviews", {
      title: "Revision 2. Halbjahr 2026",
      periodFrom: "2026-07-01",
      periodTo: "2026-12-31",
      deadline: "2026-10-01",
    });
    expect(response.status).toBe(422);
    expect(visible(await response.text())).toContain("Die Frist liegt in der Vergangenheit.");
    expect(await count(monitoringReviewRounds)).toBe(before);
  });

  it("is for the office only: a resident gets no form and is refused", async () => {
    const { browser: resident } = await signedIn(t);
    const html = await (await resident.get("/reviews")).text();
    expect(html).not.toContain('action="/reviews"');
    const response = await resident.post("/reviews", { title: "x", periodFrom: "", periodTo: "", deadline: "" });
    expect(response.status).toBe(403);
  });

  it("opens a round in which every measure with goals is asked to report", async () => {
    await office.get("/reviews");
    const response = await office.post("/reviews", {
      title: "Revision 2. Halbjahr 2026",
      periodFrom: "2026-07-01",
      periodTo: "2026-12-31",
      deadline: "2026-11-30",
    });
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    roundId = /\/reviews\/([0-9a-f-]+)\?done=opened/.exec(location)?.[1] ?? "";
    const text = visible(await (await office.get(location)).text());
    expect(text).toContain("Die Revisionsrunde ist eröffnet.");
    expect(text).toContain("Wer hat berichtet?");
    expect(text).toMatch(/0 rechtzeitig berichtet, 0 verspätet, 0 im Entwurf, \d+ fehlen noch\./);
  });

  it("is not shown to the public before it is published", async () => {
    const { browser: resident } = await signedIn(t);
    expect((await resident.get(`/reviews/${roundId}`)).status).toBe(403);
    expect((await resident.get(reportPath())).status).toBe(403);
    expect(visible(await (await new BrowserClient(t.app).get("/reviews")).text())).toContain(
      "Es gibt noch keine veröffentlichte Revisionsrunde.",
    );
  });
});

describe("a team's report", () => {
  it("cannot be written by a resident or by the team of another measure", async () => {
    const { browser: resident } = await signedIn(t);
    await resident.get("/reviews");
    expect((await resident.post(reportPath(), goodReport)).status).toBe(403);
    const { browser: otherTeam } = await teamMemberOf(t, otherSlug);
    await otherTeam.get(`/reviews/${roundId}`);
    expect((await otherTeam.post(reportPath(), goodReport)).status).toBe(403);
    const [report] = await t.deps.database.db
      .select({ started: monitoringReviewReports.started })
      .from(monitoringReviewReports)
      .where(eq(monitoringReviewReports.measureId, measureId));
    expect(report?.started).toBe(false);
  });

  it("is sent only with a lesson, and a mistake changes nothing", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    await team.get(reportPath());
    const response = await team.post(reportPath(), {
      ...goodReport,
      "lesson-0-text": "",
      "lesson-0-topic": "",
      "lesson-0-tags": "",
    });
    expect(response.status).toBe(422);
    const text = visible(await response.text());
    expect(text).toContain("Bitte nennen Sie mindestens eine Lektion, bevor Sie senden.");
    expect(text).toContain("Die Fortbildungen liefen, aber weniger Bezirke machten mit.");
    expect(await count(monitoringLessons)).toBe(0);
  });

  it("refuses a target for a period that is over, at the proposal's field", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    await team.get(reportPath());
    const response = await team.post(reportPath(), { ...goodReport, "proposal-0-period": "2024" });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/id="field-proposal-0-period"[^>]*aria-invalid="true"/);
  });

  it("is saved as a draft, then sent, and the overview shows who reported", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    await team.get(reportPath());
    const draft = await team.post(reportPath(), { ...goodReport, intent: "draft" });
    expect(draft.headers.get("location")).toContain("done=saved");
    expect(visible(await (await team.get(`/reviews/${roundId}`)).text())).toMatch(/1 im Entwurf/);
    await team.get(reportPath());
    const sent = await team.post(reportPath(), goodReport);
    expect(sent.headers.get("location")).toContain("done=submitted");
    const overview = visible(await (await team.get(`/reviews/${roundId}`)).text());
    expect(overview).toMatch(/1 rechtzeitig berichtet, 0 verspätet, 0 im Entwurf/);
    const page = visible(await (await team.get(reportPath())).text());
    expect(page).toContain("Gesendet am 02.11.2026.");
    expect(page).toContain("Teilnehmende an Fortbildungen: Ziel 2027 auf 900 Personen ändern");
    expect(page).not.toContain("Entwurf speichern");
  });
});

describe("the office's decisions", () => {
  it("are the office's alone", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    await team.get(reportPath());
    expect((await team.post(`${reportPath()}/decisions`, {})).status).toBe(403);
  });

  it("ask for a comment when a proposal is returned, and change nothing without one", async () => {
    const html = await (await office.get(reportPath())).text();
    const id = /name="decision-([0-9a-f-]+)"/.exec(html)?.[1] ?? "";
    const versions = await count(monitoringModelVersions);
    const response = await office.post(`${reportPath()}/decisions`, {
      [`decision-${id}`]: "returned",
      [`comment-${id}`]: "",
    });
    expect(response.status).toBe(422);
    expect(visible(await response.text())).toContain(
      "Bitte schreiben Sie dem Team, warum Sie den Vorschlag zurückgeben",
    );
    expect(await count(monitoringModelVersions)).toBe(versions);
  });

  it("accepting a change makes a new version of the goals whose history names the round and the reason", async () => {
    const html = await (await office.get(reportPath())).text();
    const id = /name="decision-([0-9a-f-]+)"/.exec(html)?.[1] ?? "";
    const response = await office.post(`${reportPath()}/decisions`, {
      [`decision-${id}`]: "accepted",
      [`comment-${id}`]: "",
    });
    expect(response.headers.get("location")).toContain("done=decided");
    const report = visible(await (await office.get(reportPath())).text());
    expect(report).toMatch(/Angenommen, jetzt Fassung \d+ der Ziele/);
    const monitoring = visible(await (await new BrowserClient(t.app).get(`/measures/${slug}/monitoring`)).text());
    expect(monitoring).toContain("Ziel 2027 von 1.200 Personen auf 900 Personen gesenkt am 02.11.2026, weil:");
    expect(monitoring).toContain("Nur vier statt zwölf Bezirke machen mit.");
    const journey = visible(await (await new BrowserClient(t.app).get(`/measures/${slug}`)).text());
    expect(journey).toContain("Revision 2. Halbjahr 2026: Nur vier statt zwölf Bezirke machen mit.");
  });
});

describe("publishing a round", () => {
  it("keeps lessons private until then", async () => {
    const text = visible(await (await new BrowserClient(t.app).get("/lessons")).text());
    expect(text).not.toContain("Bezirke früher ansprechen");
  });

  it("asks to end reporting first, and confirms before it does", async () => {
    await office.get(`/reviews/${roundId}`);
    const asked = await office.post(`/reviews/${roundId}/close`, {});
    expect(visible(await asked.text())).toContain("Berichtszeit wirklich beenden?");
    const [before] = await t.deps.database.db
      .select({ state: monitoringReviewRounds.state })
      .from(monitoringReviewRounds)
      .where(eq(monitoringReviewRounds.id, roundId));
    expect(before?.state).toBe("open");
    const closed = await office.post(`/reviews/${roundId}/close`, { confirm: "yes" });
    expect(closed.headers.get("location")).toContain("done=closed");
  });

  it("needs the office's answer and a complete panel recommendation", async () => {
    await office.get(`/reviews/${roundId}`);
    const response = await office.post(`/reviews/${roundId}/publish`, {
      officeAnswer: "Wir passen die Ziele an.",
      panelName: "Stadtgremium 2026",
      panelRecommendation: "",
      panelRecommendedOn: "",
    });
    expect(response.status).toBe(422);
    expect(visible(await response.text())).toContain("braucht es den Namen, den Wortlaut und den Tag");
  });

  it("makes reports, the office's answer, the panel's recommendation and the lessons public", async () => {
    await office.get(`/reviews/${roundId}`);
    const fields = {
      officeAnswer: "Wir senken das Ziel und sprechen die Bezirke früher an.",
      panelName: "Stadtgremium 2026",
      panelRecommendation: "Mehr Kurse in den Bezirken anbieten.",
      panelRecommendedOn: "2026-10-20",
    };
    const asked = await office.post(`/reviews/${roundId}/publish`, fields);
    expect(visible(await asked.text())).toContain("Runde wirklich veröffentlichen?");
    const published = await office.post(`/reviews/${roundId}/publish`, { ...fields, confirm: "yes" });
    expect(published.headers.get("location")).toContain("done=published");

    const guest = new BrowserClient(t.app);
    const round = visible(await (await guest.get(`/reviews/${roundId}`)).text());
    expect(round).toContain("Wir senken das Ziel und sprechen die Bezirke früher an.");
    expect(round).toContain("Stadtgremium 2026, am 20.10.2026");
    expect(round).toContain("Mehr Kurse in den Bezirken anbieten.");
    expect(round).toContain("Bezirke früher ansprechen, nicht erst kurz vor dem Start.");
    expect(visible(await (await guest.get("/reviews")).text())).toContain("Revision 2. Halbjahr 2026");

    const lessons = visible(await (await guest.get("/lessons?tag=participation")).text());
    expect(lessons).toContain("1 Lektionen gefunden.");
    expect(lessons).toContain("Bezirke früher ansprechen, nicht erst kurz vor dem Start.");
    expect(visible(await (await guest.get("/lessons?tag=law")).text())).toContain(
      "Keine Lektion passt zu dieser Auswahl.",
    );
    expect(visible(await (await guest.get("/lessons?q=Bezirke")).text())).toContain("1 Lektionen gefunden.");
    expect(visible(await (await guest.get("/lessons?q=Haushalt")).text())).toContain("0 Lektionen gefunden.");

    const journey = visible(await (await guest.get(`/measures/${slug}`)).text());
    expect(journey).toContain("Vorschlag aus der Revisionsrunde angenommen");
    expect(journey).toContain("Lektion aus der Revisionsrunde veröffentlicht");
  });
});

describe("a round in which the team proposes every kind of change", () => {
  let second = "";
  let added = { key: "", name: "" };
  const share = "z1-share-of-projects-with-user-testing";
  const secondReport = () => `/reviews/${second}/measures/${slug}`;
  const newOutcome = "Mehr Verwaltungsprojekte testen ihre Angebote mit Nutzer:innen";
  const reasons = {
    target: "Die Schulungsräume kommen erst im Herbst 2027.",
    add: "Offene Daten zeigen, ob die Fortbildungen wirken.",
    remove: "Die Projekte melden Tests nicht verlässlich.",
    goal: "Der alte Wortlaut ließ offen, was gemessen wird.",
    baseline: "Vor dem Start gab es schon 120 Teilnehmende.",
    addGoal: "Nach der Förderung muss das Programm allein weiterlaufen.",
    removeGoal: "Die Wirkung auf die Verwaltung misst die Gesamtstrategie.",
  };
  const milestone = "Das Schulungsprogramm läuft ohne Projektmittel weiter";
  const impact = "Schnellere, bedarfsgerechte digitale Verwaltungsleistungen";
  const everyKind = () => ({
    ...goodReport,
    "proposal-0-indicator": participants,
    "proposal-0-period": "2027",
    "proposal-0-target": "800",
    "proposal-0-reason": reasons.target,
    "proposal-add-0-indicator": added.key,
    "proposal-add-0-goal": "output",
    "proposal-add-0-baselineValue": "5",
    "proposal-add-0-baselineDate": "2026-01-01",
    "proposal-add-0-reason": reasons.add,
    "proposal-remove-0-indicator": share,
    "proposal-remove-0-reason": reasons.remove,
    "proposal-goal-0-goal": "outcome",
    "proposal-goal-0-textDe": newOutcome,
    "proposal-goal-0-textEn": "More administrative projects test their services with users",
    "proposal-goal-0-reason": reasons.goal,
    "proposal-baseline-0-indicator": participants,
    "proposal-baseline-0-baselineValue": "120",
    "proposal-baseline-0-baselineDate": "2026-01-01",
    "proposal-baseline-0-reason": reasons.baseline,
    "proposal-add-goal-0-level": "milestone",
    "proposal-add-goal-0-phase": "betrieb",
    "proposal-add-goal-0-textDe": milestone,
    "proposal-add-goal-0-textEn": "",
    "proposal-add-goal-0-reason": reasons.addGoal,
    "proposal-remove-goal-0-goal": "impact",
    "proposal-remove-goal-0-reason": reasons.removeGoal,
  });
  const proposalsOfSecond = async () =>
    t.deps.database.db
      .select({ change: monitoringReviewProposals.change })
      .from(monitoringReviewProposals)
      .innerJoin(monitoringReviewReports, eq(monitoringReviewReports.id, monitoringReviewProposals.reportId))
      .where(and(eq(monitoringReviewReports.roundId, second), eq(monitoringReviewReports.measureId, measureId)));

  beforeAll(async () => {
    await office.get("/reviews");
    const opened = await office.post("/reviews", {
      title: "Zwischenrunde Herbst 2026",
      periodFrom: "2026-09-01",
      periodTo: "2026-10-31",
      deadline: "2026-11-20",
    });
    second = /\/reviews\/([0-9a-f-]+)/.exec(opened.headers.get("location") ?? "")?.[1] ?? "";
  });

  it("offers a form for each kind, the catalogue's unused indicators among them", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    const html = await (await team.get(secondReport())).text();
    const option =
      /name="proposal-add-0-indicator"[^>]*><option value="">[^<]*<\/option><option value="([^"]+)"[^>]*>([^<]+)</.exec(
        html,
      );
    added = { key: option?.[1] ?? "", name: visible(option?.[2] ?? "").trim() };
    expect(added.key).not.toBe("");
    expect(added.key).not.toBe(participants);
    const text = visible(html);
    for (const kind of [
      "Einen Zielwert ändern oder streichen",
      "Einen Indikator aufnehmen",
      "Einen Indikator entfernen",
      "Ein Ziel neu fassen",
      "Einen Ausgangswert ändern",
      "Ein Ziel oder einen Meilenstein aufnehmen",
      "Ein Ziel entfernen",
    ])
      expect(text).toContain(kind);
    for (const field of [
      "proposal-remove-0-indicator",
      "proposal-goal-0-textEn",
      "proposal-baseline-0-baselineDate",
      "proposal-add-goal-0-phase",
      "proposal-remove-goal-0-goal",
    ])
      expect(html).toContain(`name="${field}"`);
    expect(html).toContain('<option value="betrieb">Betrieb</option>');
  });

  it("refuses a starting value dated in the future at its field, keeps what was typed and stores nothing", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    await team.get(secondReport());
    const response = await team.post(secondReport(), {
      ...everyKind(),
      "proposal-baseline-0-baselineDate": "2026-12-01",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/id="field-proposal-baseline-0-baselineDate"[^>]*aria-invalid="true"/);
    expect(visible(html)).toContain("Der Tag des Ausgangswerts darf nicht in der Zukunft liegen.");
    expect(html).toContain(newOutcome);
    expect(html).toMatch(/name="proposal-add-0-baselineValue"[^>]*value="5"/);
    const [report] = await t.deps.database.db
      .select({ started: monitoringReviewReports.started })
      .from(monitoringReviewReports)
      .where(and(eq(monitoringReviewReports.roundId, second), eq(monitoringReviewReports.measureId, measureId)));
    expect(report?.started).toBe(false);
    expect(await proposalsOfSecond()).toEqual([]);
  });

  it("saves a draft with one proposal of each kind and offers one more empty one of each", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    await team.get(secondReport());
    const draft = await team.post(secondReport(), { ...everyKind(), intent: "draft" });
    expect(draft.headers.get("location")).toContain("done=saved");
    const kinds = (await proposalsOfSecond()).map(({ change }) => change.kind);
    expect(kinds).toEqual([
      "change-target",
      "add-indicator",
      "remove-indicator",
      "change-goal-text",
      "change-baseline",
      "add-goal",
      "remove-goal",
    ]);
    const html = await (await team.get(secondReport())).text();
    expect(html).toMatch(/name="proposal-goal-0-textDe"[^>]*>Mehr Verwaltungsprojekte testen/);
    expect(html).toMatch(/name="proposal-baseline-0-baselineValue"[^>]*value="120"/);
    expect(html).toMatch(/<option value="betrieb" selected="">Betrieb<\/option>/);
    for (const next of [
      "proposal-1-target",
      "proposal-add-1-goal",
      "proposal-remove-1-reason",
      "proposal-goal-1-goal",
      "proposal-add-goal-1-level",
      "proposal-remove-goal-1-goal",
    ])
      expect(html).toContain(`name="${next}"`);
    const sent = await team.post(secondReport(), everyKind());
    expect(sent.headers.get("location")).toContain("done=submitted");
  });

  it("shows the office each proposal in words, in German and in English", async () => {
    const text = visible(await (await office.get(secondReport())).text());
    expect(text).toContain("Teilnehmende an Fortbildungen: Ziel 2027 von 900 Personen auf 800 Personen senken");
    expect(text).toContain(
      `Indikator „${added.name}“ aufnehmen, für das Ziel „Was die Maßnahme leistet (Output)“ (Ausgangswert 5`,
    );
    expect(text).toContain("Indikator „Anteil der Projekte mit Tests durch Nutzer:innen“ entfernen");
    expect(text).toContain(
      `Ziel „Was sich für Menschen ändert (Outcome)“ neu fassen: „${newOutcome}“ statt „Mehr Verwaltungsprojekte arbeiten nutzer:innenzentriert und iterativ“`,
    );
    expect(text).toContain(
      "Teilnehmende an Fortbildungen: Ausgangswert von 0 Personen auf 120 Personen (Stand 01.01.2026) ändern",
    );
    expect(text).toContain(`Neues Ziel aufnehmen (Meilenstein): „${milestone}“`);
    expect(text).toContain(`Ziel streichen (Wirkung in der Stadt (Impact)): „${impact}“`);
    expect(text).toContain("Ziel „Wirkung in der Stadt (Impact)“ streichen Noch nicht entschieden");
    const { browser: englishOffice } = await signedIn(t, { roles: ["strategy_office"] });
    const english = visible(await (await englishOffice.get(`${secondReport()}?lang=en`)).text());
    expect(english).toContain("Training participants: lower the 2027 target from 900");
    expect(english).toContain("Remove the indicator “Share of projects with user testing”");
    expect(english).toContain("Reword the goal “What changes for people (outcome)”");
    expect(english).toContain("Training participants: change the starting value from 0");
    expect(english).toContain(`Add a new goal (Milestone): “${milestone}”`);
    expect(english).toContain("Remove the goal (Impact on the city): “Faster, needs-based digital public services”");
    expect(english).toContain("Remove the goal “Impact on the city” Not decided yet");
  });

  it("makes one new version of the accepted changes, and the measure page names each with its reason", async () => {
    const html = await (await office.get(secondReport())).text();
    const ids = [...html.matchAll(/name="decision-([0-9a-f-]+)"/g)].map((match) => match[1] ?? "");
    expect(ids).toHaveLength(7);
    const [target, add, remove, goal, baseline, addGoal, removeGoal] = ids;
    const versions = await count(monitoringModelVersions);
    const decisions: Record<string, string> = {};
    for (const id of [target, add, goal, baseline, addGoal, removeGoal]) decisions[`decision-${id}`] = "accepted";
    decisions[`decision-${remove}`] = "returned";
    decisions[`comment-${remove}`] = "Wir brauchen den Indikator noch für den Bericht an den Senat.";
    const response = await office.post(`${secondReport()}/decisions`, decisions);
    expect(response.headers.get("location")).toContain("done=decided");
    expect(await count(monitoringModelVersions)).toBe(versions + 1);

    const [latest] = await t.deps.database.db
      .select({ content: monitoringModelVersions.content, differences: monitoringModelVersions.differences })
      .from(monitoringModelVersions)
      .where(eq(monitoringModelVersions.measureId, measureId))
      .orderBy(desc(monitoringModelVersions.version))
      .limit(1);
    expect(latest?.differences.map((difference) => difference.kind)).toEqual([
      "target-changed",
      "indicator-added",
      "goal-text-changed",
      "baseline-changed",
      "goal-added",
      "goal-removed",
    ]);
    const model = latest?.content;
    const use = model?.indicators.find((candidate) => candidate.indicator === participants);
    expect(use?.targets["2027"]).toBe(800);
    expect(use?.baseline).toEqual({ value: 120, date: "2026-01-01" });
    expect(model?.indicators.map((candidate) => candidate.indicator)).toEqual([participants, share, added.key]);
    expect(model?.goals.find((candidate) => candidate.id === "outcome")?.text.de).toBe(newOutcome);
    expect(model?.goals.map((candidate) => [candidate.level, candidate.phaseId, candidate.text.de])).toEqual([
      ["output", null, expect.any(String)],
      ["outcome", null, newOutcome],
      ["milestone", "betrieb", milestone],
    ]);

    const report = visible(await (await office.get(secondReport())).text());
    expect(report).toContain("Zurückgegeben");
    expect(report).toContain("Wir brauchen den Indikator noch für den Bericht an den Senat.");

    const monitoring = visible(await (await new BrowserClient(t.app).get(`/measures/${slug}/monitoring`)).text());
    expect(monitoring).toContain(
      `Teilnehmende an Fortbildungen: Ziel 2027 von 900 Personen auf 800 Personen gesenkt am 02.11.2026, weil: ${reasons.target}`,
    );
    expect(monitoring).toContain(`Indikator „${added.name}“ aufgenommen am 02.11.2026, weil: ${reasons.add}`);
    expect(monitoring).toContain(`Ziel neu formuliert: „${newOutcome}“ am 02.11.2026, weil: ${reasons.goal}`);
    expect(monitoring).toContain(
      `Teilnehmende an Fortbildungen: Ausgangswert auf 120 Personen (am 01.01.2026) geändert am 02.11.2026, weil: ${reasons.baseline}`,
    );
    expect(monitoring).toContain(
      `Ziel aufgenommen (Meilenstein): „${milestone}“ am 02.11.2026, weil: ${reasons.addGoal}`,
    );
    expect(monitoring).toContain(`Meilenstein der Phase Betrieb: ${milestone}`);
    expect(monitoring).toContain(
      `Ziel gestrichen (Wirkung in der Stadt (Impact)): „${impact}“ am 02.11.2026, weil: ${reasons.removeGoal}`,
    );
    expect(monitoring).not.toContain(reasons.remove);
  });
});

describe("reminders", () => {
  it("go to the team of a measure that has not reported, once", async () => {
    const { id: member } = await teamMemberOf(t, slug);
    await office.get("/reviews");
    const response = await office.post("/reviews", {
      title: "Kurze Runde",
      periodFrom: "2026-07-01",
      periodTo: "2026-09-30",
      deadline: "2026-11-10",
    });
    const id = /\/reviews\/([0-9a-f-]+)/.exec(response.headers.get("location") ?? "")?.[1] ?? "";
    const remindersOf = async () =>
      t.deps.database.db
        .select({ params: notifications.params })
        .from(notifications)
        .where(and(eq(notifications.accountId, member), eq(notifications.resourceId, id)));
    const job = { name: reviewReminderHandler.name, key: id, payload: {}, dueAt: now, failures: 0 };
    const outcome = await reviewReminderHandler.run(t.deps, job);
    // Three days before the deadline day is over (midnight in Berlin, 23:00 UTC in winter).
    expect(outcome.nextRunAt?.toISOString()).toBe("2026-11-07T23:00:00.000Z");
    expect(await remindersOf()).toHaveLength(1);
    await reviewReminderHandler.run(t.deps, job);
    expect(await remindersOf()).toHaveLength(1);
  });
});
