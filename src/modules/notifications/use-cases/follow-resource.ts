import { defineUseCase } from "../../../platform/use-case/use-case";
import { follow } from "../data/follows";
import { followInput } from "../domain/inputs";
import { accountOf } from "./account-of";
import { requireFollowable } from "./followable";

/** The signed-in person follows an object: they hear of what happens to it from now on. */
export const followResource = defineUseCase({
  action: "notifications.follow",
  input: followInput,
  run: async ({ tx, actor, now }, input) => {
    const resource = { type: input.resourceType, id: input.resourceId };
    await requireFollowable(tx, resource);
    await follow(tx, accountOf(actor), resource, now);
    return {
      result: { returnTo: input.returnTo },
      audit: { action: "notifications.follow", objectType: resource.type, objectId: resource.id },
    };
  },
});
