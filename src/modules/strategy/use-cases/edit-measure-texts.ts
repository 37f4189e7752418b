import { defineUseCase } from "../../../platform/use-case/use-case";
import { saveMeasureChange } from "../data/measure-changes";
import { measureTextsInput } from "../domain/inputs";
import { measureResource } from "../domain/model";

/** Title, summary, description and goals, in German and English: the office and the measure's team. */
export const editMeasureTexts = defineUseCase({
  action: "strategy.measure.editTexts",
  input: measureTextsInput,
  resource: measureResource,
  run: (ctx, input) =>
    saveMeasureChange(ctx, input, "texts", "strategy.measure.editTexts", (current) => ({
      ...current.content,
      title: { de: input.title_de, en: input.title_en },
      summary: { de: input.summary_de, en: input.summary_en },
      description: { de: input.description_de, en: input.description_en },
      goals: {
        output: { de: input.goal_output_de, en: input.goal_output_en },
        outcome: { de: input.goal_outcome_de, en: input.goal_outcome_en },
        impact: { de: input.goal_impact_de, en: input.goal_impact_en },
      },
    })),
});
