/**
 * What other modules may use of the moderation: the posting check every contribution runs, the
 * honeypot field and its check, the report link, and official feedback with its view.
 */
export type { OfficialFeedbackItem } from "./data/feedback";
export { HONEYPOT_FIELD, isHoneypotFilled } from "./domain/honeypot";
export { moderationModule } from "./module";
export { officialFeedbackFor, officialFeedbackForMany } from "./use-cases/feedback";
export {
  assertMayPost,
  keptPostingRefusal,
  type PostingRefusal,
  postingRefusal,
  postingRefusalError,
  postingRefusalMessage,
  postingRefusals,
} from "./use-cases/may-post";
export { reportResource } from "./use-cases/report";
export { HoneypotField, OfficialFeedback, ReportLink } from "./views/components";
export { canGiveFeedback } from "./views/permissions";
