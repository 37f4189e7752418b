import type { Executor } from "../../../platform/db/database";
import { type Actor, hasRole, type Resource } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { feedbackOn, feedbackOnMany, insertFeedback, type OfficialFeedbackItem } from "../data/feedback";

export type { OfficialFeedbackItem };

import { feedbackInput } from "../domain/inputs";
import { existingResource } from "./resources";

/** The office the author answers for, named on the page instead of the person. */
function officeOf(actor: Actor): string {
  if (hasRole(actor, "strategy_office")) return "strategy_office";
  if (hasRole(actor, "moderator")) return "moderator";
  return "administrator";
}

/** A moderator or the strategy office gives official feedback on any registered object. */
export const giveFeedback = defineUseCase({
  action: "moderation.feedback",
  input: feedbackInput,
  run: async ({ tx, actor, now }, input) => {
    const { summary } = await existingResource(tx, input.type, input.id, input.language);
    const id = await insertFeedback(tx, {
      resource: { type: input.type, id: input.id },
      body: input.body,
      role: officeOf(actor),
      authorId: actor.kind === "user" ? actor.id : null,
      language: input.language,
      createdAt: now,
    });
    return {
      result: { id, href: summary.href },
      audit: { action: "moderation.feedback", objectType: input.type, objectId: input.id, after: { feedback: id } },
    };
  },
});

/** The official feedback on an object, oldest first (public: shown on the object's page). */
export function officialFeedbackFor(db: Executor, resource: Resource): Promise<OfficialFeedbackItem[]> {
  return feedbackOn(db, resource);
}

/** The official feedback on many objects of one kind, by object id (one query, for exports). */
export function officialFeedbackForMany(
  db: Executor,
  type: string,
  ids: readonly string[],
): Promise<Map<string, OfficialFeedbackItem[]>> {
  return feedbackOnMany(db, type, ids);
}
