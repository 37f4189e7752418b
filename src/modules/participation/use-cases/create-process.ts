import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertProcess } from "../data/process-writes";
import { processFormInput, resolveProcessForm } from "./process-form-checks";

/** The strategy office opens a new participation process with its phases (and, if limited, its invited people). */
export const createProcess = defineUseCase({
  action: "participation.manage",
  input: processFormInput,
  run: async (ctx, input) => {
    const { values, invited } = await resolveProcessForm(ctx.tx, input, null);
    const by = ctx.actor.kind === "user" ? ctx.actor.id : null;
    const id = await insertProcess(ctx.tx, values, input.phases, invited, by, ctx.now);
    return {
      result: { id, slug: values.slug },
      audit: {
        action: "participation.process.create",
        objectType: "participation_process",
        objectId: id,
        after: {
          slug: values.slug,
          title: values.title.de,
          visibility: values.visibility,
          invited: invited.length,
          phases: input.phases.map((p) => ({
            method: p.method,
            startsAt: p.startsAt.toISOString(),
            endsAt: p.endsAt.toISOString(),
          })),
        },
      },
    };
  },
});
