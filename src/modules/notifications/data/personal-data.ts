import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { deleteDigestsOf, digestsOf } from "./digests";
import { deleteFollowsOf, followsOf } from "./follows";
import { allNotificationsOf, deleteNotificationsOf } from "./notifications";
import { deleteSettingsOf, settingsOf } from "./settings";

/**
 * Follows, notifications, the mail choice and the digests are only about the person, no one else's
 * contribution depends on them: the download lists them, account deletion removes them all.
 */
export const notificationsPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const follows = await followsOf(db, accountId);
    const notifications = await allNotificationsOf(db, accountId);
    const settings = await settingsOf(db, accountId);
    const digests = await digestsOf(db, accountId);
    if (follows.length === 0 && notifications.length === 0 && !settings && digests.length === 0) return null;
    return {
      follows,
      notifications,
      mailSetting: settings ? { mode: settings.mailMode, chosenAt: settings.chosenAt } : null,
      digests,
    };
  },

  async erase(tx, accountId) {
    // Notifications first: they point at the digests.
    await deleteNotificationsOf(tx, accountId);
    await deleteDigestsOf(tx, accountId);
    await deleteFollowsOf(tx, accountId);
    await deleteSettingsOf(tx, accountId);
  },
};
