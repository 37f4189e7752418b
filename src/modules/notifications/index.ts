/**
 * What other modules use of notifications: `notify` inside their use cases, the follow state of a
 * resource, and the follow button for their pages. See docs/modules/notifications.md.
 */
export { follow, followerCount, followsCondition, isFollowing, unfollow } from "./data/follows";
export { unreadCount as unreadNotificationCount } from "./data/notifications";
export type { NotificationEvent, ResourceRef } from "./domain/resource-ref";
export { notificationsModule } from "./module";
export { type FollowState, followState } from "./use-cases/follow-state";
export { notify } from "./use-cases/notify";
export { FollowButton, type FollowButtonProps } from "./views/follow-button";
