import { randomUUID } from "node:crypto";
import { comments } from "../../src/modules/comments/data/schema";
import { follow } from "../../src/modules/notifications";
import {
  participationCommentSupports,
  participationDrafts,
  participationParagraphs,
  participationPhases,
  participationProcesses,
  participationSurveyProfiles,
  participationSurveyResponses,
  participationSurveys,
} from "../../src/modules/participation/data/schema";
import { PROCESS_TYPE } from "../../src/modules/participation/domain/stored-process";
import { workshopRegistrations, workshops } from "../../src/modules/workshops/data/schema";
import type { Deps } from "../../src/platform/deps";
import { createAccount } from "./accounts";

const DAY = 86_400_000;

/** Who did what in the fixture's process (account ids), to check the figures and the notifications. */
export interface ReportFixture {
  processId: string;
  slug: string;
  title: string;
  /** The accounts that took part, each in one way (the commenter also answered the survey with a profile). */
  people: Record<"commenter" | "secondCommenter" | "hiddenCommenter" | "supporter" | "answerer" | "registered", string>;
  /** Follows the process without having taken part. */
  follower: string;
  /** Registered for an event and cancelled: did not take part. */
  cancelled: string;
}

/**
 * A process with everything its closing report counts, written straight into the tables: two
 * visible comments and one hidden by moderation on its draft's paragraphs, one support, four
 * survey answers (two with accounts, two anonymous; two with a profile), one event with 12 + 5
 * attendance and a registration, one cancelled event and one cancelled registration that do not
 * count, and a follower. `running: true` puts the process in its text review instead of its
 * closing-report phase; `commenter` names an existing account to be the first commenter.
 */
export async function reportFixture(
  deps: Deps,
  options: { running?: boolean; title?: string; emailPrefix?: string; commenter?: string } = {},
): Promise<ReportFixture> {
  const db = deps.database.db;
  const now = deps.clock();
  const title = options.title ?? "Radwege im Kiez";
  const slug = `bericht-${randomUUID().slice(0, 8)}`;
  const prefix = options.emailPrefix ?? slug;
  const account = (name: string) =>
    createAccount(deps, { email: `${prefix}-${name}@example.org`, displayName: `${name} Beispiel` });
  const people = {
    commenter: options.commenter ?? (await account("anna")),
    secondCommenter: await account("ben"),
    hiddenCommenter: await account("cem"),
    supporter: await account("dora"),
    answerer: await account("emil"),
    registered: await account("fritzi"),
  };
  const follower = await account("hanna");
  const cancelled = await account("gustav");

  const [process] = await db
    .insert(participationProcesses)
    .values({
      slug,
      title: { de: title, en: `${title} (EN)` },
      summary: { de: "Worum es geht", en: "What it is about" },
      subjectKind: "strategy",
      organisation: "Strategiebüro",
      contact: "beteiligung@example.org",
      visibility: "public",
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: participationProcesses.id });
  if (!process) throw new Error("process not stored");
  const processId = process.id;
  // Four phases of ten days; the closing report runs now, or (running) the text review does.
  const first = options.running ? now.getTime() - 5 * DAY : now.getTime() - 31 * DAY;
  const methods = ["text-review", "survey", "workshops", "closing-report"];
  await db.insert(participationPhases).values(
    methods.map((method, position) => ({
      processId,
      position,
      method,
      startsAt: new Date(first + position * 10 * DAY),
      endsAt: new Date(first + (position + 1) * 10 * DAY),
    })),
  );

  const [draft] = await db
    .insert(participationDrafts)
    .values({
      processId,
      version: 1,
      markdown: { de: "Text", en: "Text" },
      sections: { de: [], en: [] },
      createdAt: now,
    })
    .returning({ id: participationDrafts.id });
  if (!draft) throw new Error("draft not stored");
  const paragraphs = await db
    .insert(participationParagraphs)
    .values(
      [1, 2].map((n) => ({
        draftId: draft.id,
        position: n,
        number: `1.${n}`,
        text: { de: `Absatz ${n}`, en: `Paragraph ${n}` },
      })),
    )
    .returning({ id: participationParagraphs.id });
  const comment = async (authorId: string, paragraph: number, hidden = false) => {
    const [row] = await db
      .insert(comments)
      .values({
        resourceType: "participation_paragraph",
        resourceId: paragraphs[paragraph]?.id ?? "",
        authorId,
        body: "Mehr Platz für Räder, bitte.",
        createdAt: now,
        submissionKey: randomUUID(),
        ...(hidden ? { hiddenAt: now, hiddenReason: "Beleidigung" } : {}),
      })
      .returning({ id: comments.id });
    return row?.id ?? "";
  };
  const commented = await comment(people.commenter, 0);
  await comment(people.secondCommenter, 1);
  await comment(people.hiddenCommenter, 1, true);
  await db
    .insert(participationCommentSupports)
    .values({ commentId: commented, accountId: people.supporter, createdAt: now });

  const [survey] = await db
    .insert(participationSurveys)
    .values({ processId, questions: [], answeredBy: "accounts", updatedAt: now })
    .returning({ id: participationSurveys.id });
  if (!survey) throw new Error("survey not stored");
  const group = deps.city.stakeholderGroups[0]?.key ?? null;
  const district = deps.city.districts[0]?.key ?? null;
  const answer = async (who: { accountId?: string; browserKey?: string }, profile: boolean) => {
    const [row] = await db
      .insert(participationSurveyResponses)
      .values({ surveyId: survey.id, answers: {}, submittedAt: now, ...who })
      .returning({ id: participationSurveyResponses.id });
    if (row && profile)
      await db.insert(participationSurveyProfiles).values({ responseId: row.id, stakeholderGroup: group, district });
  };
  await answer({ accountId: people.commenter }, true);
  await answer({ accountId: people.answerer }, false);
  await answer({ browserKey: randomUUID() }, true);
  await answer({ browserKey: randomUUID() }, false);

  const event = async (cancelledAt: Date | null) => {
    const [row] = await db
      .insert(workshops)
      .values({
        title: cancelledAt ? "Abgesagte Werkstatt" : "Werkstatt Radwege",
        format: "on_site",
        startsAt: new Date(now.getTime() - 3 * DAY),
        endsAt: new Date(now.getTime() - 3 * DAY + 2 * 3_600_000),
        attendedOnSite: 12,
        attendedOnline: 5,
        processId,
        cancelledAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workshops.id });
    return row?.id ?? "";
  };
  const held = await event(null);
  await event(now);
  await db.insert(workshopRegistrations).values([
    {
      workshopId: held,
      accountId: people.registered,
      mode: "on_site",
      status: "registered",
      arrival: 1,
      createdAt: now,
    },
    { workshopId: held, accountId: cancelled, mode: "on_site", status: "cancelled", arrival: 2, createdAt: now },
  ]);
  await follow(db, follower, { type: PROCESS_TYPE, id: processId }, now);
  return { processId, slug, title, people, follower, cancelled };
}
