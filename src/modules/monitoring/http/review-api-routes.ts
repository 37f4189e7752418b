import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { paginated, paginationQuery } from "../../../platform/api/pagination";
import type { PublishedLesson, ReviewRound } from "../domain/review-records";
import { roundStates } from "../domain/review-round";
import { listLessons } from "../use-cases/list-lessons";
import { listReviewRounds } from "../use-cases/show-reviews";

const bilingual = z.object({ de: z.string(), en: z.string() });

const round = z.object({
  id: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  deadline: z.string(),
  state: z.enum(roundStates),
  /** Published rounds only: the office's answer and the citizen panel's recommendation. */
  officeAnswer: z.string().nullable(),
  panel: z.object({ name: z.string(), recommendation: z.string(), on: z.string().nullable() }).nullable(),
  publishedAt: z.string().nullable(),
  page: z.string(),
  report: z.string(),
});

const lesson = z.object({
  id: z.string(),
  text: z.string(),
  tags: z.array(z.string()),
  phase: z.string().nullable(),
  actionFields: z.array(z.string()),
  measure: z.object({ slug: z.string(), title: bilingual }),
  round: z.object({ id: z.string(), title: z.string() }),
  publishedAt: z.string(),
});

const lessonsQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional(),
  actionField: z.string().max(64).optional(),
  value: z.string().max(64).optional(),
  phase: z.string().max(64).optional(),
  tag: z.string().max(40).optional(),
});

function roundOf(r: ReviewRound): z.input<typeof round> {
  const published = r.state === "published";
  return {
    id: r.id,
    title: r.title,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    deadline: r.deadline,
    state: r.state,
    officeAnswer: published ? r.officeAnswer : null,
    panel:
      published && r.panelRecommendation !== ""
        ? { name: r.panelName, recommendation: r.panelRecommendation, on: r.panelRecommendedOn }
        : null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    page: `/reviews/${r.id}`,
    report: `/reviews/${r.id}/report`,
  };
}

function lessonOf(l: PublishedLesson): z.input<typeof lesson> {
  return {
    id: l.id,
    text: l.text,
    tags: l.tags,
    phase: l.phaseId,
    actionFields: l.actionFieldIds,
    measure: { slug: l.measureSlug, title: l.measureTitle },
    round: { id: l.roundId, title: l.roundTitle },
    publishedAt: l.publishedAt.toISOString(),
  };
}

/** The review rounds and the lessons learnt, as the pages /reviews and /lessons list them. */
export const reviewApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/review-rounds",
    summary:
      "Review rounds, newest first: the published ones for everyone, every round for the strategy office and measure teams",
    tag: "monitoring",
    query: paginationQuery,
    response: paginated(round),
    handler: async (c, { query }) => {
      const rounds = await listReviewRounds(c.get("deps"), c.get("state").actor, query);
      return { items: rounds.items.map(roundOf), total: rounds.total, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/lessons",
    summary:
      "Lessons learnt in published review rounds, newest first; search (q) and filters by action field, value, phase and tag",
    tag: "monitoring",
    query: lessonsQuery,
    response: paginated(lesson),
    handler: async (c, { query }) => {
      const { q, actionField, value, phase, tag, ...page } = query;
      const lessons = await listLessons(c.get("deps"), "de", { q, actionField, value, phase, tag }, page);
      return { items: lessons.items.map(lessonOf), total: lessons.total, page: page.page, pageSize: page.pageSize };
    },
  }),
];
