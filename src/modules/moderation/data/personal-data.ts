import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { blockOf, deleteBlockOf, forgetBlocker } from "./blocks";
import { forgetDecider } from "./decisions";
import { feedbackBy, forgetFeedbackAuthor } from "./feedback";
import { forgetReporter, reportsBy } from "./reports";

/**
 * Reports the account made, whether it is blocked and official feedback it wrote. On deletion reports
 * and feedback stay without the link to the person; a block goes with the account; decisions the
 * person took as a moderator stay without their name.
 */
export const moderationPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const reports = await reportsBy(db, accountId);
    const block = await blockOf(db, accountId);
    const officialFeedback = await feedbackBy(db, accountId);
    if (reports.length === 0 && !block && officialFeedback.length === 0) return null;
    return { reports, block, officialFeedback };
  },
  async erase(tx, accountId) {
    await forgetReporter(tx, accountId);
    await deleteBlockOf(tx, accountId);
    await forgetBlocker(tx, accountId);
    await forgetDecider(tx, accountId);
    await forgetFeedbackAuthor(tx, accountId);
  },
};
