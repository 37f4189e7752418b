import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { checkCluster, findActionField, insertActionField, nextActionFieldPosition } from "../data/catalogue";
import { createActionFieldInput } from "../domain/inputs";
import type { ActionField } from "../domain/model";

/** A new action field in a cluster. The office only. */
export const createActionField = defineUseCase({
  action: "strategy.actionField.save",
  input: createActionFieldInput,
  run: async (ctx, input) => {
    await checkCluster(ctx.tx, input.cluster);
    if (await findActionField(ctx.tx, input.id))
      throw new Invalid("errors.invalidInput", [{ path: "id", message: "strategy.form.idTaken" }]);
    const field: ActionField = {
      id: input.id,
      clusterId: input.cluster,
      position: await nextActionFieldPosition(ctx.tx),
      name: { de: input.name_de, en: input.name_en },
      description: { de: input.description_de, en: input.description_en },
      sourceStatus: "verified",
    };
    await insertActionField(ctx.tx, field, ctx.now);
    return {
      result: { id: field.id, version: 1 },
      audit: { action: "strategy.actionField.create", objectType: "action_field", objectId: field.id, after: field },
    };
  },
});
