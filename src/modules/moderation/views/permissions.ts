import { type Actor, can } from "../../../platform/permissions/permissions";

/** Whether the viewer may give official feedback: pass it as `canGive` to `OfficialFeedback`. */
export function canGiveFeedback(actor: Actor): boolean {
  return can(actor, "moderation.feedback");
}
