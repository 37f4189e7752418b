import { NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findDefinition, isDefinitionUsed, updateDefinition } from "../data/indicators";
import { editIndicatorInput } from "../domain/inputs";
import { accountOf, refused } from "./measure-access";

/** What a definition in use may not change: its values and targets were written in these terms. */
const fixedOnceUsed = ["frequency", "valueKind", "unit"] as const;

/**
 * Changes a definition of the catalogue: the strategy office. Once a measure uses it, its frequency,
 * kind of value and unit stay (a new definition is made instead), so stored values keep their meaning.
 */
export const editIndicator = defineUseCase({
  action: "monitoring.indicator.define",
  input: editIndicatorInput,
  run: async (ctx, { version, definition }) => {
    const current = await findDefinition(ctx.tx, definition.key);
    if (!current) throw new NotFound("monitoring.errors.indicatorNotFound");
    const changed = fixedOnceUsed.find((field) => current[field] !== definition[field]);
    if (changed && (await isDefinitionUsed(ctx.tx, definition.key))) {
      throw refused(changed, "monitoring.errors.definitionInUse");
    }
    const saved = await updateDefinition(ctx.tx, definition.key, version, definition, {
      by: accountOf(ctx.actor),
      now: ctx.now,
    });
    if (saved === null) throw refused("form", "monitoring.errors.definitionChanged");
    const { demo: _demo, version: _version, updatedAt: _updatedAt, ...before } = current;
    return {
      result: { key: definition.key },
      audit: {
        action: "monitoring.indicator.edit",
        objectType: "monitoring_indicator",
        objectId: definition.key,
        before,
        after: definition,
      },
    };
  },
});
