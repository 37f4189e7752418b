import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { checkCluster, findActionField, updateActionFieldAt } from "../data/catalogue";
import { editActionFieldInput } from "../domain/inputs";
import type { ActionField } from "../domain/model";

/** Name, description and cluster of an action field, guarded by its version. The office only. */
export const editActionField = defineUseCase({
  action: "strategy.actionField.save",
  input: editActionFieldInput,
  run: async (ctx, input) => {
    const current = await findActionField(ctx.tx, input.id);
    if (!current) throw new NotFound("strategy.actionField.notFound");
    if (current.version !== input.version) throw new Conflict("strategy.edit.conflict", { version: current.version });
    await checkCluster(ctx.tx, input.cluster);
    const next: ActionField = {
      ...current,
      clusterId: input.cluster,
      name: { de: input.name_de, en: input.name_en },
      description: { de: input.description_de, en: input.description_en },
    };
    if (!(await updateActionFieldAt(ctx.tx, next, input.version, ctx.now))) {
      throw new Conflict("strategy.edit.conflict", { version: current.version + 1 });
    }
    return {
      result: { id: next.id, version: current.version + 1 },
      audit: {
        action: "strategy.actionField.edit",
        objectType: "action_field",
        objectId: next.id,
        before: { clusterId: current.clusterId, name: current.name, description: current.description },
        after: { clusterId: next.clusterId, name: next.name, description: next.description },
      },
    };
  },
});
