import { createHash } from "node:crypto";
import type { Deps } from "../../../platform/deps";
import { demoAccount } from "../../../platform/identity/demo-accounts";
import type { Actor } from "../../../platform/permissions/permissions";
import { cityDay, startOfCityDay } from "../../../platform/reference-data";
import { createComment } from "../../comments";
import { createWorkshop, documentWorkshop } from "../../workshops";
import { hasAnyProcess, insertDemoProcess } from "../data/demo-process";
import { latestDraft } from "../data/drafts";
import { paragraphByNumber } from "../data/paragraphs";
import { insertResponse } from "../data/survey-responses";
import { findSurvey } from "../data/surveys";
import {
  DEMO_ANSWERS,
  demoAnswer,
  demoComments,
  demoDraft,
  demoPeople,
  demoPhases,
  demoProcess,
  demoQuestions,
  demoReport,
} from "../domain/demo-process";
import { pointFieldName } from "../domain/report";
import { checkAnswers } from "../domain/survey";
import { addDraftVersion } from "./add-draft-version";
import { supportComment } from "./comment-support";
import { editSurvey } from "./edit-survey";
import { saveReport } from "./save-report";

const seedActor: Actor = { kind: "system", label: "demo seed" };
const DAY_MS = 86_400_000;

/** The start of the day `days` from `now`, in the city's time (phases begin and end at midnight). */
const dayStart = (now: Date, days: number, timeZone: string) =>
  startOfCityDay(cityDay(new Date(now.getTime() + days * DAY_MS), timeZone), timeZone);

const residentActor = (id: string, label: string): Actor => ({
  kind: "user",
  id,
  label,
  grants: [{ role: "resident", scopeType: null, scopeId: null }],
});

/** A demo event of the process, on no measure, as the workshops module's form sends it. */
function demoEvent(day: Date, title: string, description: string, processId: string, timeZone: string) {
  return {
    title,
    description,
    agenda: "17:00 Ankommen\n17:15 Der Entwurf in zehn Minuten\n17:30 Arbeit an Tischen\n19:00 Was wir mitnehmen",
    format: "hybrid" as const,
    day: cityDay(day, timeZone),
    startTime: "17:00",
    endTime: "19:30",
    venue: "Rathaus (Demo), Beispielplatz 1, 10117 Berlin",
    accessibility: "Stufenloser Zugang, barrierefreie Toilette, Gebärdensprache auf Anfrage.",
    onlineUrl: "https://meeting.example.org/demo-strategie",
    capacityOnSite: "40",
    capacityOnline: "60",
    groups: "Ziele und Berichte\nMitmachen in den Bezirken",
    measure: "",
    arenaEntry: "",
    process: processId,
  };
}

/**
 * The demo participation process, when there is none yet: "The strategy's next version", with its
 * phases dated from today so that a newcomer finds the survey running and can answer it at once.
 * It has a short draft in both languages with the comments and supports demo people gave while the
 * text review ran, a survey with twenty anonymous answers from its first days, a kick-off workshop
 * that took place (documented, with attendance) and one still to come, and the office's draft of the
 * closing report (not published: the process runs). Comments, supports and the draft go through the
 * same use cases as the office and residents, at the time of the phase they belong to; the answers
 * are stored as the answer form stores them, with the anonymous browser keys made up here.
 */
export async function seedDemoProcess(deps: Deps): Promise<void> {
  const db = deps.database.db;
  if (await hasAnyProcess(db)) return;
  const now = deps.clock();
  const invocation = { actor: seedActor };
  const { processId, people } = await db.transaction(async (tx) => {
    const ids: Array<{ id: string; label: string }> = [];
    for (const person of demoPeople) {
      const group = deps.city.stakeholderGroups[person.group % deps.city.stakeholderGroups.length]?.key;
      const district = deps.city.districts[person.district % deps.city.districts.length]?.key;
      const id = await demoAccount(tx, { ...person, stakeholderGroup: group, district, now });
      ids.push({ id, label: person.displayName });
    }
    const phases = demoPhases.map((phase) => ({
      method: phase.method,
      startsAt: dayStart(now, phase.fromDay, deps.city.timeZone),
      endsAt: dayStart(now, phase.toDay, deps.city.timeZone),
    }));
    return { processId: await insertDemoProcess(tx, demoProcess, phases, now), people: ids };
  });

  // The draft and its discussion belong to the text review, which is over by now.
  const review = demoPhases.find((phase) => phase.method === "text-review") ?? { fromDay: 0, toDay: 0 };
  const during = (day: number) => ({
    ...deps,
    clock: () => new Date(dayStart(now, day, deps.city.timeZone).getTime() + 10 * 3_600_000),
  });
  await addDraftVersion(during(review.fromDay), invocation, {
    processId,
    markdownDe: demoDraft.de,
    markdownEn: demoDraft.en,
  });
  await seedDiscussion(during(review.toDay - 5), processId, people);

  await editSurvey(deps, invocation, {
    slug: demoProcess.slug,
    questions: demoQuestions,
    answeredBy: "anonymous",
    profileQuestions: ["stakeholder-group", "district"],
  });
  await seedAnswers(deps, processId);

  await seedWorkshops(deps, processId);

  const fields: Record<string, string> = {
    summaryDe: demoReport.summary.de,
    summaryEn: demoReport.summary.en,
    pointCount: String(demoReport.points.length),
  };
  demoReport.points.forEach((point, i) => {
    for (const [name, value] of Object.entries(point)) fields[pointFieldName(i, name as keyof typeof point)] = value;
  });
  await saveReport(deps, invocation, { ...fields, slug: demoProcess.slug, publish: false });
}

/** The demo people's comments on the draft's paragraphs, and a few supports of them. */
async function seedDiscussion(deps: Deps, processId: string, people: Array<{ id: string; label: string }>) {
  const db = deps.database.db;
  const draft = await latestDraft(db, processId);
  if (!draft) return;
  const written: Array<{ paragraphId: string; commentId: string; author: number }> = [];
  for (const [i, comment] of demoComments.entries()) {
    const paragraph = await paragraphByNumber(db, draft.id, comment.paragraph);
    const person = people[comment.person];
    if (!paragraph || !person) continue;
    const { id } = await createComment(
      deps,
      { actor: residentActor(person.id, person.label) },
      {
        resourceType: "participation_paragraph",
        resourceId: paragraph.id,
        body: comment.body,
        submissionKey: `demo-participation-${i}`,
        language: "de",
        clientAddress: "demo-seed",
      },
    );
    written.push({ paragraphId: paragraph.id, commentId: id, author: comment.person });
  }
  // Everyone supports the comment before theirs, so some comments have support and none their own.
  for (const [i, comment] of written.entries()) {
    const supporter = people[(comment.author + 1) % people.length];
    if (!supporter || i % 2 === 1) continue;
    await supportComment(
      deps,
      { actor: residentActor(supporter.id, supporter.label) },
      { paragraphId: comment.paragraphId, commentId: comment.commentId },
    );
  }
}

/**
 * Twenty anonymous answers, as the answer form would store them: the browser's key only as a digest,
 * and a profile for most of them (some leave it empty, as people do).
 */
async function seedAnswers(deps: Deps, processId: string) {
  const db = deps.database.db;
  const survey = await findSurvey(db, processId);
  if (!survey) return;
  const now = deps.clock();
  const { stakeholderGroups, districts } = deps.city;
  await db.transaction(async (tx) => {
    for (let i = 0; i < DEMO_ANSWERS; i++) {
      const checked = checkAnswers(demoQuestions, demoAnswer(i));
      if (!checked.ok) throw new Error(`demo answer ${i} does not fit the demo survey`);
      const profiled = i % 4 !== 3;
      await insertResponse(tx, {
        surveyId: survey.id,
        respondent: { browserKey: createHash("sha256").update(`demo-answer-${i}`).digest("hex") },
        answers: checked.answers,
        profile: {
          stakeholderGroup: profiled ? (stakeholderGroups[(i * 3) % stakeholderGroups.length]?.key ?? null) : null,
          district: profiled ? (districts[(i * 5) % districts.length]?.key ?? null) : null,
          ageGroup: null,
        },
        // In the survey's first days, which began at midnight three days ago.
        submittedAt: new Date(now.getTime() - (i % 3) * DAY_MS - 3_600_000),
      });
    }
  });
}

/** A kick-off workshop twelve days ago, documented, and one in the workshops' phase, open for registration. */
async function seedWorkshops(deps: Deps, processId: string) {
  const now = deps.clock();
  const invocation = { actor: seedActor };
  const pastDay = new Date(now.getTime() - 12 * DAY_MS);
  const before = { ...deps, clock: () => new Date(pastDay.getTime() - 14 * DAY_MS) };
  const { id: past } = await createWorkshop(
    before,
    invocation,
    demoEvent(
      pastDay,
      "Auftakt: Die nächste Fassung der Strategie (Demo)",
      "Demo-Inhalt: Zum Auftakt stellt die Geschäftsstelle vor, was sich in der nächsten Fassung ändern soll, und sammelt erste Hinweise.",
      processId,
      deps.city.timeZone,
    ),
  );
  await documentWorkshop(deps, invocation, {
    id: past,
    scope: "",
    attendedOnSite: "27",
    attendedOnline: "34",
    summary: "Demo-Inhalt: 61 Menschen haben vor Ort und online mitgearbeitet.",
    results:
      "Demo-Inhalt: Gewünscht sind Berichte in einfacher Sprache und ein Ort für alle Termine. Die Bezirke wollen früher beteiligt werden.",
    followUps: "Berichte in einfacher Sprache in den Entwurf aufnehmen\nTermine an einem Ort sammeln",
  });
  await createWorkshop(
    deps,
    invocation,
    demoEvent(
      new Date(now.getTime() + 45 * DAY_MS),
      "Werkstatt: Die Strategie gemeinsam fertig schreiben (Demo)",
      "Demo-Inhalt: In der Werkstatt arbeiten wir an den Stellen des Entwurfs, zu denen es die meisten Hinweise gab.",
      processId,
      deps.city.timeZone,
    ),
  );
}
