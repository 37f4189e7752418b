import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertDefinition } from "../data/indicators";
import { defineIndicatorInput } from "../domain/inputs";
import { accountOf, refused } from "./measure-access";

/** Adds a definition to the indicator catalogue: the strategy office. */
export const defineIndicator = defineUseCase({
  action: "monitoring.indicator.define",
  input: defineIndicatorInput,
  run: async (ctx, definition) => {
    const added = await insertDefinition(ctx.tx, definition, { by: accountOf(ctx.actor), now: ctx.now });
    if (!added) throw refused("key", "monitoring.errors.indicatorKeyTaken");
    return {
      result: { key: definition.key },
      audit: {
        action: "monitoring.indicator.define",
        objectType: "monitoring_indicator",
        objectId: definition.key,
        after: definition,
      },
    };
  },
});
