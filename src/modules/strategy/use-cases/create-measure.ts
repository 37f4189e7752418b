import { actorLabel } from "../../../platform/audit/audit";
import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findMeasureBySlug, insertMeasure, insertVersion } from "../data/measures";
import { diff } from "../domain/diff";
import { blankContent, type MeasureContent } from "../domain/model";
import { isValidSlug, slugify } from "../domain/vocabulary";
import { checkReferences } from "./edit-measure-details";
import { createMeasureInput } from "./inputs";

/** A new measure with its essentials; everything else is filled in on its edit page. The office only. */
export const createMeasure = defineUseCase({
  action: "strategy.measure.create",
  input: createMeasureInput,
  run: async (ctx, input) => {
    await checkReferences(ctx.tx, { responsible: input.responsible, actionFields: input.action_fields });
    let slug = input.slug ?? slugify(input.title_de);
    if (!isValidSlug(slug)) slug = slugify(`massnahme ${input.title_de}`);
    if (await findMeasureBySlug(ctx.tx, slug)) {
      if (input.slug) throw new Invalid("errors.invalidInput", [{ path: "slug", message: "strategy.form.slugTaken" }]);
      let n = 2;
      while (await findMeasureBySlug(ctx.tx, `${slug}-${n}`)) n++;
      slug = `${slug}-${n}`;
    }
    const content: MeasureContent = {
      ...blankContent(),
      title: { de: input.title_de, en: input.title_en },
      summary: { de: input.summary_de, en: input.summary_en },
      type: input.type,
      status: input.status,
      responsibleOrganisationId: input.responsible,
      actionFieldIds: [...new Set(input.action_fields)],
    };
    const id = await insertMeasure(ctx.tx, { slug, code: null, content, now: ctx.now });
    await insertVersion(ctx.tx, {
      measureId: id,
      version: 1,
      kind: "created",
      at: ctx.now,
      authorId: ctx.actor.kind === "user" ? ctx.actor.id : null,
      authorLabel: actorLabel(ctx.actor),
      changes: diff(blankContent(), content),
    });
    return {
      result: { slug, version: 1 },
      audit: {
        action: "strategy.measure.create",
        objectType: "measure",
        objectId: slug,
        after: { title: input.title_de },
      },
    };
  },
});
