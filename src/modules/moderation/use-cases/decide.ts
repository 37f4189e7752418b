import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { markHidden, recordDecision, unmarkHidden } from "../data/decisions";
import { closeReports } from "../data/reports";
import { hideInput, resourceInput } from "../domain/inputs";
import { existingResource } from "./resources";

const actorId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

/**
 * A moderator hides an object with a public reason: the owning module hides it (its `hide` callback)
 * in the same transaction, the decision is kept and the object's open reports are closed.
 */
export const hideResource = defineUseCase({
  action: "moderation.manage",
  input: hideInput,
  run: async ({ tx, actor, now }, input) => {
    const { kind } = await existingResource(tx, input.type, input.id, "de", "reportable");
    if (!kind.hide) throw new NotFound("moderation.errors.cannotHide");
    const resource = { type: input.type, id: input.id };
    await kind.hide(tx, input.id, input.reason);
    await markHidden(tx, resource, input.reason, now);
    await recordDecision(tx, resource, { action: "hide", reason: input.reason, decidedBy: actorId(actor), at: now });
    const reports = await closeReports(tx, resource, "resolved", now);
    return {
      result: resource,
      audit: {
        action: "moderation.hide",
        objectType: input.type,
        objectId: input.id,
        after: { reason: input.reason, reportsClosed: reports },
      },
    };
  },
});

/** A moderator shows a hidden object again (the moderation's own mistake, or a decision taken back). */
export const showResource = defineUseCase({
  action: "moderation.manage",
  input: resourceInput,
  run: async ({ tx, actor, now }, input) => {
    const { kind } = await existingResource(tx, input.type, input.id, "de", "reportable");
    const resource = { type: input.type, id: input.id };
    if (!(await unmarkHidden(tx, resource))) throw new Conflict("moderation.show.notHidden");
    await kind.hide?.(tx, input.id, null);
    await recordDecision(tx, resource, { action: "show", reason: null, decidedBy: actorId(actor), at: now });
    return {
      result: resource,
      audit: { action: "moderation.show", objectType: input.type, objectId: input.id },
    };
  },
});

/** A moderator finds nothing wrong: the object's open reports are closed, the object stays as it is. */
export const dismissReports = defineUseCase({
  action: "moderation.manage",
  input: resourceInput,
  run: async ({ tx, actor, now }, input) => {
    const resource = { type: input.type, id: input.id };
    const closed = await closeReports(tx, resource, "dismissed", now);
    if (closed === 0) throw new Conflict("moderation.dismiss.nothingOpen");
    await recordDecision(tx, resource, { action: "dismiss", reason: null, decidedBy: actorId(actor), at: now });
    return {
      result: resource,
      audit: {
        action: "moderation.dismiss",
        objectType: input.type,
        objectId: input.id,
        after: { reportsClosed: closed },
      },
    };
  },
});
