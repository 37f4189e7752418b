import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { demoMonitoringApp, teamMemberOf } from "../../../../tests/support/monitoring";
import { measures } from "../../strategy/data/schema";
import { REPORT_PAGE_SIZE } from "../use-cases/show-implementation-report";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
let slug = "";
let otherSlug = "";
let office: BrowserClient;
let roundId = "";

const narrative = "Die Fortbildungen liefen, aber weniger Bezirke machten mit.";
const lesson = "Bezirke früher ansprechen, nicht erst kurz vor dem Start.";
const reason = "Nur vier statt zwölf Bezirke machen mit.";
const reportPath = () => `/reviews/${roundId}/report`;

/** The text of the measure's part of the report, from its heading to the next measure's. */
function measurePart(html: string, measureSlug: string): string {
  const start = html.indexOf(`id="measure-${measureSlug}"`);
  if (start < 0) return "";
  const end = html.indexOf("</article>", start);
  return visible(html.slice(start, end));
}

beforeAll(async () => {
  let measureId = "";
  ({ t, slug, measureId } = await demoMonitoringApp(() => now));
  const [other] = await t.deps.database.db
    .select({ slug: measures.slug })
    .from(measures)
    .where(and(ne(measures.id, measureId), eq(measures.code, "Z2")));
  otherSlug = other?.slug ?? "";
  ({ browser: office } = await signedIn(t, { roles: ["strategy_office"] }));

  await office.get("/reviews");
  const opened = await office.post("/reviews", {
    title: "Revision 2. Halbjahr 2026",
    periodFrom: "2026-07-01",
    periodTo: "2026-12-31",
    deadline: "2026-11-30",
  });
  roundId = /\/reviews\/([0-9a-f-]+)/.exec(opened.headers.get("location") ?? "")?.[1] ?? "";

  const measureReport = `/reviews/${roundId}/measures/${slug}`;
  const { browser: team } = await teamMemberOf(t, slug);
  await team.get(measureReport);
  await team.post(measureReport, {
    intent: "submit",
    valuesNote: "Die Werte bis zum 3. Quartal sind eingetragen.",
    narrative,
    wentWell: "Die Online-Kurse waren schnell voll.",
    "lesson-0-text": lesson,
    "lesson-0-topic": "participation",
    "lesson-0-tags": "",
    risks: "",
    "proposal-0-indicator": "z1-training-participants",
    "proposal-0-period": "2027",
    "proposal-0-target": "900",
    "proposal-0-reason": reason,
  });
  const html = await (await office.get(measureReport)).text();
  const proposal = /name="decision-([0-9a-f-]+)"/.exec(html)?.[1] ?? "";
  await office.post(`${measureReport}/decisions`, {
    [`decision-${proposal}`]: "accepted",
    [`comment-${proposal}`]: "",
  });
});
afterAll(async () => t.close());

describe("the implementation report of a round not yet published", () => {
  it("is refused to a resident and to a visitor", async () => {
    const { browser: resident } = await signedIn(t);
    expect((await resident.get(reportPath())).status).toBe(403);
    expect((await new BrowserClient(t.app).get(reportPath())).status).not.toBe(200);
  });

  it("is shown to the office with the team's narrative, the accepted change and the lesson", async () => {
    const response = await office.get(reportPath());
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(visible(html)).toContain("Umsetzungsbericht: Revision 2. Halbjahr 2026");
    expect(visible(html)).toContain("Diese Runde ist noch nicht veröffentlicht.");
    const part = measurePart(html, slug);
    expect(part).toContain(narrative);
    expect(part).toContain("Teilnehmende an Fortbildungen: Ziel 2027 auf 900 Personen ändern");
    expect(part).toContain(`Begründung des Teams: ${reason}`);
    expect(part).toContain(lesson);
  });

  it("shows another measure's team the round, but not what this team wrote", async () => {
    const { browser: otherTeam } = await teamMemberOf(t, otherSlug);
    const html = await (await otherTeam.get(reportPath())).text();
    const part = measurePart(html, slug);
    expect(part).toContain("Was das Team berichtet hat, steht hier, sobald die Runde veröffentlicht ist.");
    expect(part).not.toContain(narrative);
    expect(part).not.toContain(lesson);
  });

  it("is linked from the round's page", async () => {
    const html = await (await office.get(`/reviews/${roundId}`)).text();
    expect(html).toContain(`href="/reviews/${roundId}/report"`);
  });
});

describe("the implementation report of a published round", () => {
  beforeAll(async () => {
    await office.get(`/reviews/${roundId}`);
    await office.post(`/reviews/${roundId}/close`, { confirm: "yes" });
    await office.post(`/reviews/${roundId}/publish`, {
      officeAnswer: "Wir senken das Ziel und sprechen die Bezirke früher an.",
      panelName: "Stadtgremium 2026",
      panelRecommendation: "Mehr Kurse in den Bezirken anbieten.",
      panelRecommendedOn: "2026-10-20",
      confirm: "yes",
    });
  });

  it("is public: the round, the answers, and the measure with its status, indicators, change and lesson", async () => {
    const guest = new BrowserClient(t.app);
    const response = await guest.get(reportPath());
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Zeitraum: 01.07.2026 bis 31.12.2026");
    expect(text).toContain("Wir senken das Ziel und sprechen die Bezirke früher an.");
    expect(text).toContain("Stadtgremium 2026, am 20.10.2026");
    expect(text).toContain("Drucken / als PDF speichern");
    expect(text).toContain("Der Stand der Maßnahmen und Kennzahlen richtet sich nach den Messwerten vom 02.11.2026.");

    const part = measurePart(html, slug);
    expect(part).toContain("Teilnehmende an Fortbildungen");
    expect(part).toContain("Ziel 2027 auf 900 Personen ändern");
    expect(part).toContain(reason);
    expect(part).toContain(lesson);
    // The new target is in force now: the indicator's table shows it as the target that counts.
    expect(part).toContain("900 Personen (2027)");
    // The measure's status is the one its monitoring page shows.
    const monitoring = visible(await (await guest.get(`/measures/${slug}/monitoring`)).text());
    const status = ["Auf Kurs", "Gefährdet", "Nicht auf Kurs", "Noch keine Aussage"].find((word) =>
      monitoring.includes(`Stand der Maßnahme ${word}`),
    );
    expect(status).toBeDefined();
    expect(part).toContain(`Stand der Maßnahme: ${status}`);
    // Links are written in full, so the printed page shows where they lead.
    expect(html).toContain(`href="${t.deps.config.baseUrl}/measures/${slug}/monitoring"`);
  });

  it("shows its measures a page at a time, and all of them on one page for printing", async () => {
    const guest = new BrowserClient(t.app);
    const measuresOf = (html: string) =>
      [...html.matchAll(/<article class="card report-measure" aria-labelledby="measure-([^"]+)"/g)].map(
        (m) => m[1] ?? "",
      );
    const summaryOf = (html: string) =>
      visible(html.slice(html.indexOf('id="report-summary"'), html.indexOf('id="report-measures"')));
    const all = await (await guest.get(`${reportPath()}?page=all`)).text();
    const everyMeasure = measuresOf(all);
    expect(everyMeasure).toContain(slug);
    const pages: string[] = [];
    for (let page = 1; page <= Math.ceil(everyMeasure.length / REPORT_PAGE_SIZE); page++) {
      const html = await (await guest.get(`${reportPath()}?page=${page}`)).text();
      expect(measuresOf(html).length).toBeLessThanOrEqual(REPORT_PAGE_SIZE);
      // Every page sums up the whole round, not only its own measures.
      expect(summaryOf(html)).toBe(summaryOf(all));
      pages.push(...measuresOf(html));
    }
    expect(pages).toEqual(everyMeasure);
    // A page past the last shows the last one.
    const past = await (await guest.get(`${reportPath()}?page=999`)).text();
    expect(measuresOf(past)).toEqual(everyMeasure.slice(-measuresOf(past).length));
  });

  it("is correct in English, with dates in the English way", async () => {
    const html = await (await new BrowserClient(t.app).get(`${reportPath()}?lang=en`)).text();
    const text = visible(html);
    expect(text).toContain("Implementation report: Revision 2. Halbjahr 2026");
    expect(text).toContain("Period: 1 July 2026 to 31 December 2026");
    expect(text).toContain("Print / save as PDF");
    const part = measurePart(html, slug);
    expect(part).toContain("change the 2027 target to 900");
    expect(part).toContain(`The team's reason: ${reason}`);
    expect(part).toContain(lesson);
    expect(part).not.toContain("Stand der Maßnahme");
  });
});
