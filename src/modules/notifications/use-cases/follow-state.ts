import type { Executor } from "../../../platform/db/database";
import type { Actor } from "../../../platform/permissions/permissions";
import { followerCount, isFollowing } from "../data/follows";
import type { ResourceRef } from "../domain/resource-ref";

/** What a page needs for its follow button: whether the viewer follows, and how many do. */
export interface FollowState {
  following: boolean;
  followers: number;
}

/** The follow state of a resource as the actor sees it; a guest follows nothing. */
export async function followState(db: Executor, actor: Actor, resource: ResourceRef): Promise<FollowState> {
  const [following, followers] = await Promise.all([
    actor.kind === "user" ? isFollowing(db, actor.id, resource) : Promise.resolve(false),
    followerCount(db, resource),
  ]);
  return { following, followers };
}
