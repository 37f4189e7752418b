import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "../../../platform/identity/schema";
import type { DraftSection } from "../domain/draft-text";
import type { Answers, Bilingual, Question } from "../domain/survey";

/**
 * The participation module's tables. A process's subject (a measure, an action field) is named by
 * its public key without a foreign key: it belongs to another module, and a process outlives a
 * renamed or closed measure. The same holds for comments (the comments module's rows, which are
 * never deleted, only turned into stubs). Texts the office writes are stored in both languages (`{ de, en }`).
 */

/** A participation process (domain/process.ts): what it is about, who may take part, and its report. */
export const participationProcesses = pgTable(
  "participation_processes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The public address, `/participation/{slug}`. */
    slug: text("slug").notNull(),
    title: jsonb("title").$type<Bilingual>().notNull(),
    summary: jsonb("summary").$type<Bilingual>().notNull(),
    /** measure, action-field, strategy or topic (domain/process.ts). */
    subjectKind: text("subject_kind").notNull(),
    /** The measure's slug or the action field's key; null for the strategy and a free topic. */
    subjectKey: text("subject_key"),
    /** A free topic's name. */
    subjectTopic: jsonb("subject_topic").$type<Bilingual>(),
    /** The action field the process belongs to, copied from its subject when saved, for the list's filter. */
    actionField: text("action_field"),
    /** The districts the process concerns (keys of the district map); empty: the whole city. */
    districts: text("districts").array().notNull().default(sql`'{}'::text[]`),
    organisation: text("organisation").notNull(),
    /** How to reach the people responsible: an address or phone number, shown on the page. */
    contact: text("contact").notNull(),
    /** public or invited (domain/process.ts). */
    visibility: text("visibility").notNull(),
    /** Demo content from the seed, marked as such on its pages. */
    demo: boolean("demo").notNull().default(false),
    /** The index of the last phase whose start was announced to the followers; -1 before the first. */
    announcedPhase: integer("announced_phase").notNull().default(-1),
    /** The closing report: its introduction and when it was made public (participants are told then). */
    reportSummary: jsonb("report_summary").$type<Bilingual>(),
    reportPublishedAt: timestamp("report_published_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("participation_processes_slug_unique").on(t.slug),
    index("participation_processes_subject_idx").on(t.subjectKind, t.subjectKey),
    index("participation_processes_action_field_idx").on(t.actionField),
  ],
);

/** The dated phases of a process, in order; each uses one method (domain/process.ts checks the sequence). */
export const participationPhases = pgTable(
  "participation_phases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    processId: uuid("process_id")
      .notNull()
      .references(() => participationProcesses.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    method: text("method").notNull(),
    /** What happens in this phase, in the office's words; null: the method's standard explanation. */
    description: jsonb("description").$type<Bilingual>(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("participation_phases_position_unique").on(t.processId, t.position),
    index("participation_phases_time_idx").on(t.startsAt, t.endsAt),
  ],
);

/** The people invited to a process limited to invited people (e.g. the panel's members, a measure team). */
export const participationInvitations = pgTable(
  "participation_invitations",
  {
    processId: uuid("process_id")
      .notNull()
      .references(() => participationProcesses.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.accountId] }),
    index("participation_invitations_account_idx").on(t.accountId),
  ],
);

/**
 * A version of the draft under review, in both languages, as the office wrote it (Markdown). Its
 * paragraphs are rows of their own so that comments can attach to one; a new version keeps the
 * older ones and their comments.
 */
export const participationDrafts = pgTable(
  "participation_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    processId: uuid("process_id")
      .notNull()
      .references(() => participationProcesses.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    markdown: jsonb("markdown").$type<Bilingual>().notNull(),
    /** The sections as read from the Markdown (domain/draft-text.ts), per language. */
    sections: jsonb("sections").$type<{ de: DraftSection[]; en: DraftSection[] }>().notNull(),
    /** What changed from the version before, in the office's words. */
    changeNote: jsonb("change_note").$type<Bilingual>(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("participation_drafts_version_unique").on(t.processId, t.version)],
);

/**
 * One paragraph of a draft version: the object residents comment on (the comments module's
 * resource `participation_paragraph`). `number` is what readers see ("2.3"); `predecessorId` is the
 * paragraph of the version before that this one continues, so its comments can be shown with it.
 */
export const participationParagraphs = pgTable(
  "participation_paragraphs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => participationDrafts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    number: text("number").notNull(),
    text: jsonb("text").$type<Bilingual>().notNull(),
    predecessorId: uuid("predecessor_id"),
    /** Visible comments on this paragraph, kept by the comments module's count hook. */
    commentCount: integer("comment_count").notNull().default(0),
  },
  (t) => [
    uniqueIndex("participation_paragraphs_position_unique").on(t.draftId, t.position),
    uniqueIndex("participation_paragraphs_number_unique").on(t.draftId, t.number),
    index("participation_paragraphs_predecessor_idx").on(t.predecessorId),
  ],
);

/** A changed wording proposed with a comment on a paragraph, shown as a difference to the paragraph. */
export const participationWordings = pgTable("participation_wordings", {
  commentId: uuid("comment_id").primaryKey(),
  paragraphId: uuid("paragraph_id")
    .notNull()
    .references(() => participationParagraphs.id, { onDelete: "cascade" }),
  wording: text("wording").notNull(),
});

/** Residents' support for a comment on the draft: one per account and comment, can be withdrawn. */
export const participationCommentSupports = pgTable(
  "participation_comment_supports",
  {
    commentId: uuid("comment_id").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.accountId] }),
    index("participation_comment_supports_account_idx").on(t.accountId),
  ],
);

/** The office's answer to a comment on the draft; its existence marks the comment as considered. */
export const participationCommentAnswers = pgTable("participation_comment_answers", {
  commentId: uuid("comment_id").primaryKey(),
  answer: text("answer").notNull(),
  answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
  answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
});

/** A process's questionnaire (domain/survey.ts) and how it is answered. */
export const participationSurveys = pgTable("participation_surveys", {
  id: uuid("id").primaryKey().defaultRandom(),
  processId: uuid("process_id")
    .notNull()
    .unique("participation_surveys_process_unique")
    .references(() => participationProcesses.id, { onDelete: "cascade" }),
  questions: jsonb("questions").$type<Question[]>().notNull(),
  /** accounts (signed in, one answer per account) or anonymous (one per browser, not linked to anyone). */
  answeredBy: text("answered_by").notNull(),
  /** The profile questions asked beside the survey: any of stakeholder-group, district, age-group. */
  profileQuestions: text("profile_questions").array().notNull().default(sql`'{}'::text[]`),
  /** Results are public once the office publishes them, after the survey's phase. */
  resultsPublishedAt: timestamp("results_published_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/**
 * One person's answers. With accounts the row names the account; anonymous answers name only a
 * digest of a random key kept in the browser, so nothing links them to an account.
 */
export const participationSurveyResponses = pgTable(
  "participation_survey_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => participationSurveys.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").references(() => users.id, { onDelete: "cascade" }),
    browserKey: text("browser_key"),
    answers: jsonb("answers").$type<Answers>().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("participation_survey_responses_account_unique")
      .on(t.surveyId, t.accountId)
      .where(sql`${t.accountId} is not null`),
    uniqueIndex("participation_survey_responses_browser_unique")
      .on(t.surveyId, t.browserKey)
      .where(sql`${t.browserKey} is not null`),
    index("participation_survey_responses_account_idx").on(t.accountId),
  ],
);

/**
 * The optional profile given with an answer, kept apart from the answers and used only to filter
 * the evaluation (stakeholder group, district, age group); each part may be left empty.
 */
export const participationSurveyProfiles = pgTable(
  "participation_survey_profiles",
  {
    responseId: uuid("response_id")
      .primaryKey()
      .references(() => participationSurveyResponses.id, { onDelete: "cascade" }),
    stakeholderGroup: text("stakeholder_group"),
    district: text("district"),
    ageGroup: text("age_group"),
  },
  (t) => [index("participation_survey_profiles_filter_idx").on(t.stakeholderGroup, t.district)],
);

/** Free-text answers the office hid from the public results (moderation), with the reason shown instead. */
export const participationHiddenAnswers = pgTable(
  "participation_hidden_answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => participationSurveyResponses.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    reason: text("reason").notNull(),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

/** Arena entries submitted to a process's idea call, by their public number. */
export const participationIdeas = pgTable(
  "participation_ideas",
  {
    processId: uuid("process_id")
      .notNull()
      .references(() => participationProcesses.id, { onDelete: "cascade" }),
    arenaEntryNumber: integer("arena_entry_number").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.arenaEntryNumber] }),
    index("participation_ideas_entry_idx").on(t.arenaEntryNumber),
  ],
);

/**
 * The closing report's points: what was heard, and what happens with it (taken into the measure,
 * changed the draft, not taken up — with the reason).
 */
export const participationReportPoints = pgTable(
  "participation_report_points",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    processId: uuid("process_id")
      .notNull()
      .references(() => participationProcesses.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    heard: jsonb("heard").$type<Bilingual>().notNull(),
    /** taken-into-measure, changed-draft or not-taken-up. */
    outcome: text("outcome").notNull(),
    /** What happens with it, or why it is not taken up. */
    response: jsonb("response").$type<Bilingual>().notNull(),
  },
  (t) => [uniqueIndex("participation_report_points_position_unique").on(t.processId, t.position)],
);
