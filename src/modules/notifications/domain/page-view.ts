import type { MailMode } from "./mail-rule";
import type { ResourceRef } from "./resource-ref";

/** One notification as its reader sees it; the text is rendered in the reader's language. */
export interface NotificationItem {
  id: string;
  messageKey: string;
  params: Record<string, string>;
  href: string | null;
  readAt: Date | null;
  createdAt: Date;
}

/** Something the person follows, with its title as its module shows it now (null: no longer public). */
export interface FollowedResource {
  resource: ResourceRef;
  since: Date;
  title: string | null;
  href: string | null;
}

/** Everything the notifications page shows. */
export interface NotificationsView {
  items: NotificationItem[];
  total: number;
  unread: number;
  pagination: { page: number; pageSize: number };
  mailMode: MailMode;
  /** False without a confirmed address: then nothing is mailed whatever the choice. */
  canMail: boolean;
  follows: FollowedResource[];
}
