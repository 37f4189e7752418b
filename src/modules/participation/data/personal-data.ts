import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import {
  participationCommentAnswers,
  participationCommentSupports,
  participationDrafts,
  participationInvitations,
  participationProcesses,
  participationSurveyProfiles,
  participationSurveyResponses,
  participationSurveys,
} from "./schema";

/*
 * What the participation module holds about an account: invitations to processes, supports of
 * comments on drafts, survey answers given with the account (and the profile given with them), the
 * office's answers to comments and the processes and drafts it wrote. Anonymous survey answers
 * name no account and are never part of this.
 */

async function invitationsOf(db: Executor, accountId: string) {
  return db
    .select({
      slug: participationProcesses.slug,
      title: participationProcesses.title,
      at: participationInvitations.createdAt,
    })
    .from(participationInvitations)
    .innerJoin(participationProcesses, eq(participationProcesses.id, participationInvitations.processId))
    .where(eq(participationInvitations.accountId, accountId));
}

async function supportsOf(db: Executor, accountId: string) {
  return db
    .select({ commentId: participationCommentSupports.commentId, at: participationCommentSupports.createdAt })
    .from(participationCommentSupports)
    .where(eq(participationCommentSupports.accountId, accountId));
}

async function answersWrittenBy(db: Executor, accountId: string) {
  return db
    .select({
      commentId: participationCommentAnswers.commentId,
      answer: participationCommentAnswers.answer,
      at: participationCommentAnswers.answeredAt,
    })
    .from(participationCommentAnswers)
    .where(eq(participationCommentAnswers.answeredBy, accountId));
}

async function surveyResponsesOf(db: Executor, accountId: string) {
  return db
    .select({
      id: participationSurveyResponses.id,
      slug: participationProcesses.slug,
      title: participationProcesses.title,
      answers: participationSurveyResponses.answers,
      at: participationSurveyResponses.submittedAt,
      stakeholderGroup: participationSurveyProfiles.stakeholderGroup,
      district: participationSurveyProfiles.district,
      ageGroup: participationSurveyProfiles.ageGroup,
    })
    .from(participationSurveyResponses)
    .innerJoin(participationSurveys, eq(participationSurveys.id, participationSurveyResponses.surveyId))
    .innerJoin(participationProcesses, eq(participationProcesses.id, participationSurveys.processId))
    .leftJoin(participationSurveyProfiles, eq(participationSurveyProfiles.responseId, participationSurveyResponses.id))
    .where(eq(participationSurveyResponses.accountId, accountId));
}

async function processesCreatedBy(db: Executor, accountId: string) {
  return db
    .select({
      slug: participationProcesses.slug,
      title: participationProcesses.title,
      at: participationProcesses.createdAt,
    })
    .from(participationProcesses)
    .where(eq(participationProcesses.createdBy, accountId));
}

/**
 * The participation module's part in "download my data" and "delete my account". Deleting follows
 * the platform's rule, contributions stay and what identifies the person goes: invitations and
 * supports are removed (a support is nothing but the person's name behind a count); survey answers
 * stay in the results without the account, and the profile given with them (group, district, age)
 * is removed, as together with the answers it could point to the person; the office's answers,
 * processes and drafts stay without the link to the account.
 */
export const participationPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const [invitations, supports, answers, responses, processes] = await Promise.all([
      invitationsOf(db, accountId),
      supportsOf(db, accountId),
      answersWrittenBy(db, accountId),
      surveyResponsesOf(db, accountId),
      processesCreatedBy(db, accountId),
    ]);
    const total = invitations.length + supports.length + answers.length + responses.length + processes.length;
    if (total === 0) return null;
    return {
      invitations: invitations.map((i) => ({
        process: i.title.de,
        address: `/participation/${i.slug}`,
        at: i.at.toISOString(),
      })),
      commentSupports: supports.map((s) => ({ comment: s.commentId, at: s.at.toISOString() })),
      commentAnswers: answers.map((a) => ({ comment: a.commentId, answer: a.answer, at: a.at.toISOString() })),
      surveyAnswers: responses.map((r) => ({
        process: r.title.de,
        address: `/participation/${r.slug}/survey`,
        answers: r.answers,
        profile: { stakeholderGroup: r.stakeholderGroup, district: r.district, ageGroup: r.ageGroup },
        at: r.at.toISOString(),
      })),
      processesCreated: processes.map((p) => ({
        process: p.title.de,
        address: `/participation/${p.slug}`,
        at: p.at.toISOString(),
      })),
    };
  },
  async erase(tx, accountId) {
    await tx.delete(participationInvitations).where(eq(participationInvitations.accountId, accountId));
    await tx.delete(participationCommentSupports).where(eq(participationCommentSupports.accountId, accountId));
    const responses = await tx
      .select({ id: participationSurveyResponses.id })
      .from(participationSurveyResponses)
      .where(eq(participationSurveyResponses.accountId, accountId));
    if (responses.length > 0) {
      const ids = responses.map((r) => r.id);
      await tx.delete(participationSurveyProfiles).where(inArray(participationSurveyProfiles.responseId, ids));
      await tx
        .update(participationSurveyResponses)
        .set({ accountId: null })
        .where(inArray(participationSurveyResponses.id, ids));
    }
    await tx
      .update(participationCommentAnswers)
      .set({ answeredBy: null })
      .where(eq(participationCommentAnswers.answeredBy, accountId));
    await tx
      .update(participationProcesses)
      .set({ createdBy: null })
      .where(eq(participationProcesses.createdBy, accountId));
    await tx.update(participationDrafts).set({ createdBy: null }).where(eq(participationDrafts.createdBy, accountId));
  },
};
