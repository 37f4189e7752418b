import { and, asc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { type Executor, rowsOf } from "../../../platform/db/database";
import { comments } from "../../comments";
import { workshopRegistrations, workshops } from "../../workshops";
import {
  participationCommentSupports,
  participationDrafts,
  participationParagraphs,
  participationSurveyProfiles,
  participationSurveyResponses,
  participationSurveys,
} from "./schema";

/** The comments module's resource type of a draft's paragraph. */
const PARAGRAPH_TYPE = "participation_paragraph";

/** What the closing report counts, all computed in the database. */
export interface ReportFigures {
  /** Distinct accounts that commented, supported, answered with an account or registered for a workshop. */
  people: number;
  /** Survey answers given without an account: people too, but nobody can tell whether they also took part otherwise. */
  anonymousAnswers: number;
  comments: number;
  answers: number;
  /** The process's events that were not cancelled. */
  events: number;
  /** The attendance its events' organisers recorded, on site and online. */
  attendance: number;
  /** Survey answers by the stakeholder group or district their profile names (where one was given). */
  byStakeholderGroup: Array<{ key: string; count: number }>;
  byDistrict: Array<{ key: string; count: number }>;
}

/** The ids (as text, as the comments module stores them) of every paragraph of every version of the process's draft. */
function paragraphIds(processId: string): SQL {
  return sql`select ${participationParagraphs.id}::text from ${participationParagraphs}
    join ${participationDrafts} on ${participationDrafts.id} = ${participationParagraphs.draftId}
    where ${participationDrafts.processId} = ${processId}`;
}

function onParagraphs(processId: string): SQL {
  return sql`${comments.resourceType} = ${PARAGRAPH_TYPE} and ${comments.resourceId} in (${paragraphIds(processId)})`;
}

/** Every account that took part in the process, once per way it took part (to be made distinct by the caller). */
function participations(processId: string): SQL {
  return sql`
    select ${comments.authorId} as account_id from ${comments} where ${onParagraphs(processId)}
    union all
    select ${participationCommentSupports.accountId} from ${participationCommentSupports}
      join ${comments} on ${comments.id} = ${participationCommentSupports.commentId}
      where ${onParagraphs(processId)}
    union all
    select ${participationSurveyResponses.accountId} from ${participationSurveyResponses}
      join ${participationSurveys} on ${participationSurveys.id} = ${participationSurveyResponses.surveyId}
      where ${participationSurveys.processId} = ${processId}
    union all
    select ${workshopRegistrations.accountId} from ${workshopRegistrations}
      join ${workshops} on ${workshops.id} = ${workshopRegistrations.workshopId}
      where ${workshops.processId} = ${processId} and ${workshopRegistrations.status} <> 'cancelled'`;
}

/** The accounts that took part in the process, each once, for telling them about the report. */
export async function participantAccounts(db: Executor, processId: string): Promise<string[]> {
  const rows = await rowsOf<{ account_id: string }>(
    db,
    sql`select distinct account_id from (${participations(processId)}) as taken_part where account_id is not null`,
  );
  return rows.map((row) => row.account_id);
}

const count = (value: unknown): number => Number(value ?? 0);

async function breakdown(db: Executor, processId: string, column: SQL): Promise<Array<{ key: string; count: number }>> {
  const rows = await rowsOf<{ key: string; count: string }>(
    db,
    sql`
    select ${column} as key, count(*) as count from ${participationSurveyProfiles}
      join ${participationSurveyResponses} on ${participationSurveyResponses.id} = ${participationSurveyProfiles.responseId}
      join ${participationSurveys} on ${participationSurveys.id} = ${participationSurveyResponses.surveyId}
      where ${participationSurveys.processId} = ${processId} and ${column} is not null
      group by ${column} order by count(*) desc, ${column}`,
  );
  return rows.map((row) => ({ key: row.key, count: count(row.count) }));
}

/** The figures of the process's closing report. */
export async function reportFigures(db: Executor, processId: string): Promise<ReportFigures> {
  const [row = {}] = await rowsOf<Record<string, string>>(
    db,
    sql`select
    (select count(distinct account_id) from (${participations(processId)}) as taken_part) as people,
    (select count(*) from ${comments} where ${onParagraphs(processId)}
       and ${comments.deletedAt} is null and ${comments.hiddenAt} is null) as comments,
    (select count(*) from ${participationSurveyResponses}
       join ${participationSurveys} on ${participationSurveys.id} = ${participationSurveyResponses.surveyId}
       where ${participationSurveys.processId} = ${processId}) as answers,
    (select count(*) from ${participationSurveyResponses}
       join ${participationSurveys} on ${participationSurveys.id} = ${participationSurveyResponses.surveyId}
       where ${participationSurveys.processId} = ${processId} and ${participationSurveyResponses.accountId} is null)
       as anonymous_answers,
    (select count(*) from ${workshops} where ${workshops.processId} = ${processId} and ${workshops.cancelledAt} is null)
       as events,
    (select coalesce(sum(coalesce(${workshops.attendedOnSite}, 0) + coalesce(${workshops.attendedOnline}, 0)), 0)
       from ${workshops} where ${workshops.processId} = ${processId} and ${workshops.cancelledAt} is null) as attendance`,
  );
  return {
    people: count(row.people),
    anonymousAnswers: count(row.anonymous_answers),
    comments: count(row.comments),
    answers: count(row.answers),
    events: count(row.events),
    attendance: count(row.attendance),
    byStakeholderGroup: await breakdown(db, processId, sql`${participationSurveyProfiles.stakeholderGroup}`),
    byDistrict: await breakdown(db, processId, sql`${participationSurveyProfiles.district}`),
  };
}

/** The process's events that were not cancelled, in order of their start, for the report's links. */
export async function processWorkshops(
  db: Executor,
  processId: string,
): Promise<Array<{ id: string; title: string; startsAt: Date; documented: boolean }>> {
  const rows = await db
    .select({
      id: workshops.id,
      title: workshops.title,
      startsAt: workshops.startsAt,
      documentedAt: workshops.documentedAt,
    })
    .from(workshops)
    .where(and(eq(workshops.processId, processId), isNull(workshops.cancelledAt)))
    .orderBy(asc(workshops.startsAt))
    .limit(50);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    documented: row.documentedAt !== null,
  }));
}

/** Whether the process's survey has public results. */
export async function surveyResultsPublished(db: Executor, processId: string): Promise<boolean> {
  const rows = await db
    .select({ id: participationSurveys.id })
    .from(participationSurveys)
    .where(and(eq(participationSurveys.processId, processId), isNotNull(participationSurveys.resultsPublishedAt)));
  return rows.length > 0;
}
