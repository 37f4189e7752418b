import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase, type UseCaseContext } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { type EntryRow, findEntryById, setEntryState } from "../data/entries";
import { insertStateChange } from "../data/state-changes";
import { stateChangeInput } from "../domain/inputs";
import { canMoveTo, type EntryState, isEntryState } from "../domain/workflow";
import { accountIdOrNull } from "./account";
import { ENTRY_TYPE } from "./entry-resource";

/**
 * Moves an entry on with a public explanation, and tells its followers. The first change is the
 * office's first answer (the answer figures count it). Acceptance as a measure has its own use
 * case: it creates the measure in the same step.
 */
export const changeEntryState = defineUseCase({
  action: "arena.manage",
  input: stateChangeInput,
  run: async (ctx, input) => {
    const entry = await findEntryById(ctx.tx, input.entryId, true);
    if (!entry) throw new NotFound("arena.errors.notFound");
    if (input.to === "accepted") throw new Conflict("arena.errors.acceptNeedsMeasure");
    await moveEntry(ctx, entry, input.to, input.explanation);
    return {
      result: { number: entry.number },
      audit: {
        action: "arena.entry.state",
        objectType: "arena_entry",
        objectId: entry.id,
        before: { state: entry.state },
        after: { state: input.to, explanation: input.explanation },
      },
    };
  },
});

/** The change of state itself, shared with the acceptance as a measure. */
export async function moveEntry(ctx: UseCaseContext, entry: EntryRow, to: EntryState, explanation: string) {
  if (!isEntryState(entry.state) || !canMoveTo(entry.state, to)) throw new Conflict("arena.errors.stateNotAllowed");
  await setEntryState(ctx.tx, entry, to, ctx.now);
  await insertStateChange(ctx.tx, {
    entryId: entry.id,
    fromState: entry.state,
    toState: to,
    explanation,
    changedBy: accountIdOrNull(ctx.actor),
    now: ctx.now,
  });
  await notify(ctx, {
    resource: { type: ENTRY_TYPE, id: entry.id },
    messageKey: "arena.notification.state",
    params: { title: entry.title, state: to },
    followers: true,
    exceptAccountId: accountIdOrNull(ctx.actor),
  });
}
