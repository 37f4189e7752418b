/**
 * What other modules use of notifications: `notify` inside their use cases, the follow state of a
 * resource, and the follow button for their pages.
 */
export { follow, followerCount, isFollowing, unfollow } from "./data/follows";
export type { NotificationEvent, ResourceRef } from "./domain/resource-ref";
export { notificationsModule } from "./module";
export { notify } from "./use-cases/notify";
export { FollowButton, type FollowButtonProps } from "./views/follow-button";
