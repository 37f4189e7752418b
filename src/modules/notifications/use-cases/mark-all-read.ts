import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { markAllRead } from "../data/notifications";
import { accountOf } from "./account-of";

/** "Mark all as read" on the notifications page. */
export const markAllNotificationsRead = defineUseCase({
  action: "notifications.read",
  input: z.object({}),
  run: async ({ tx, actor, now }) => {
    const accountId = accountOf(actor);
    const marked = await markAllRead(tx, accountId, now);
    return {
      result: { marked },
      audit: { action: "notifications.read", objectType: "account", objectId: accountId, after: { marked } },
    };
  },
});
