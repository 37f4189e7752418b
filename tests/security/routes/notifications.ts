import type { Access } from "../route-table";

/** Who may use each route of the notifications module (see route-table.ts). */
export const notificationsRoutes: Record<string, Access> = {
  "GET /notifications": "account",
  "POST /notifications/settings": "account",
  "POST /notifications/read": "account",
  "POST /notifications/follow": "account",
  "POST /notifications/unfollow": "account",
  // The link of every notification mail: the signed token in the address stands for the account.
  "GET /notifications/unsubscribe": "public",
  "POST /notifications/unsubscribe": "public",
  "POST /api/v1/notifications/unsubscribe": "public",
};
