import { defineUseCase } from "../../../platform/use-case/use-case";
import { unfollow } from "../data/follows";
import { followInput } from "../domain/inputs";
import { accountOf } from "./account-of";

/**
 * The signed-in person stops following. No followable check: an object that is gone or hidden must
 * still be removable from one's list.
 */
export const unfollowResource = defineUseCase({
  action: "notifications.follow",
  input: followInput,
  run: async ({ tx, actor }, input) => {
    const resource = { type: input.resourceType, id: input.resourceId };
    await unfollow(tx, accountOf(actor), resource);
    return {
      result: { returnTo: input.returnTo },
      audit: { action: "notifications.unfollow", objectType: resource.type, objectId: resource.id },
    };
  },
});
