import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import {
  findActionField,
  insertActionField,
  loadReference,
  nextActionFieldPosition,
  updateActionFieldAt,
} from "../data/catalogue";
import type { ActionField } from "../domain/model";
import { createActionFieldInput, editActionFieldInput } from "./inputs";

async function checkCluster(tx: Parameters<typeof loadReference>[0], cluster: string): Promise<void> {
  const { clusters } = await loadReference(tx);
  if (!clusters.some((c) => c.id === cluster))
    throw new Invalid("errors.invalidInput", [{ path: "cluster", message: "strategy.form.choice" }]);
}

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
