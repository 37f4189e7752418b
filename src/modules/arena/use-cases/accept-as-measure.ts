import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { createMeasureFromOrigin } from "../../strategy";
import { teamAccountIds } from "../data/collaborations";
import { displayNames, findEntryById, setEntryFields } from "../data/entries";
import { acceptAsMeasureInput } from "../domain/inputs";
import { moveEntry } from "./change-state";
import { entryPath } from "./entry-resource";

/**
 * The decision body takes an entry into the strategy: a measure is created in the catalogue
 * (origin `arena`, linking back to the entry), the entry links to it and is marked accepted, and
 * the entry's team becomes the measure's team, all in one transaction — a second click finds the
 * entry already accepted.
 */
export const acceptAsMeasure = defineUseCase({
  action: "arena.manage",
  input: acceptAsMeasureInput,
  run: async (ctx, input) => {
    const entry = await findEntryById(ctx.tx, input.entryId, true);
    if (!entry) throw new NotFound("arena.errors.notFound");
    if (entry.measureSlug) throw new Conflict("arena.errors.alreadyMeasure");
    const team = await teamAccountIds(ctx.tx, entry.id);
    const names = await displayNames(ctx.tx, team);
    const description = [entry.problem, entry.approach].filter((part) => part.trim() !== "").join("\n\n");
    const { slug } = await createMeasureFromOrigin(ctx, {
      origin: "arena",
      originRef: entryPath(entry.number),
      title: entry.title,
      description,
      type: input.type,
      districts: entry.districtIds,
      resource: null,
      actionFields: entry.actionFieldIds,
      team: team.flatMap((id) => {
        const name = names.get(id);
        return name ? [{ name, accountId: id }] : [];
      }),
    });
    await setEntryFields(ctx.tx, entry.id, { measureSlug: slug });
    await moveEntry(ctx, entry, "accepted", input.explanation);
    return {
      result: { number: entry.number, slug },
      audit: {
        action: "arena.entry.accept",
        objectType: "arena_entry",
        objectId: entry.id,
        before: { state: entry.state },
        after: { state: "accepted", measure: slug, explanation: input.explanation },
      },
    };
  },
});
