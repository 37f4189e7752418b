import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Resource } from "../../../platform/permissions/permissions";
import { moderationFeedback } from "./schema";

/** One official answer on an object, as the page shows it. */
export interface OfficialFeedbackItem {
  id: string;
  body: string;
  /** The role the author answered in (`moderator`, `strategy_office`, `administrator`): the page names the office. */
  role: string;
  language: string;
  createdAt: Date;
}

export async function insertFeedback(
  tx: Executor,
  feedback: {
    resource: Resource;
    body: string;
    role: string;
    authorId: string | null;
    language: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await tx
    .insert(moderationFeedback)
    .values({
      resourceType: feedback.resource.type,
      resourceId: feedback.resource.id,
      body: feedback.body,
      role: feedback.role,
      authorId: feedback.authorId,
      language: feedback.language,
      createdAt: feedback.createdAt,
    })
    .returning({ id: moderationFeedback.id });
  if (!row) throw new Error("feedback not stored");
  return row.id;
}

export async function feedbackOn(db: Executor, resource: Resource): Promise<OfficialFeedbackItem[]> {
  return db
    .select({
      id: moderationFeedback.id,
      body: moderationFeedback.body,
      role: moderationFeedback.role,
      language: moderationFeedback.language,
      createdAt: moderationFeedback.createdAt,
    })
    .from(moderationFeedback)
    .where(and(eq(moderationFeedback.resourceType, resource.type), eq(moderationFeedback.resourceId, resource.id)))
    .orderBy(asc(moderationFeedback.createdAt));
}

/** The feedback on many objects of one kind at once (for exports), by object id, oldest first. */
export async function feedbackOnMany(
  db: Executor,
  type: string,
  ids: readonly string[],
): Promise<Map<string, OfficialFeedbackItem[]>> {
  const byId = new Map<string, OfficialFeedbackItem[]>();
  if (ids.length === 0) return byId;
  const rows = await db
    .select({
      resourceId: moderationFeedback.resourceId,
      id: moderationFeedback.id,
      body: moderationFeedback.body,
      role: moderationFeedback.role,
      language: moderationFeedback.language,
      createdAt: moderationFeedback.createdAt,
    })
    .from(moderationFeedback)
    .where(and(eq(moderationFeedback.resourceType, type), inArray(moderationFeedback.resourceId, [...ids])))
    .orderBy(asc(moderationFeedback.createdAt));
  for (const { resourceId, ...item } of rows) byId.set(resourceId, [...(byId.get(resourceId) ?? []), item]);
  return byId;
}

export async function feedbackBy(db: Executor, accountId: string) {
  return db
    .select({
      resourceType: moderationFeedback.resourceType,
      resourceId: moderationFeedback.resourceId,
      body: moderationFeedback.body,
      createdAt: moderationFeedback.createdAt,
    })
    .from(moderationFeedback)
    .where(eq(moderationFeedback.authorId, accountId))
    .orderBy(asc(moderationFeedback.createdAt));
}

export async function forgetFeedbackAuthor(tx: Executor, accountId: string): Promise<void> {
  await tx.update(moderationFeedback).set({ authorId: null }).where(eq(moderationFeedback.authorId, accountId));
}
