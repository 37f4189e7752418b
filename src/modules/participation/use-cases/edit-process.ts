import { NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { lockProcess, updateProcess } from "../data/process-writes";
import { findProcessById } from "../data/processes";
import { processFormInput, resolveProcessForm } from "./process-form-checks";

const phasesOf = (phases: ReadonlyArray<{ method: string; startsAt: Date; endsAt: Date }>) =>
  phases.map((p) => ({ method: p.method, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() }));

/**
 * The strategy office changes a process: its texts, subject, who may take part and its phases.
 * The phases' start announcements already sent stay sent (the announcing job counts on
 * `announced_phase`).
 */
export const editProcess = defineUseCase({
  action: "participation.manage",
  input: processFormInput,
  run: async (ctx, input) => {
    const before = input.processId ? await findProcessById(ctx.tx, input.processId) : null;
    if (!before) throw new NotFound("participation.errors.notFound");
    await lockProcess(ctx.tx, before.id);
    const { values, invited } = await resolveProcessForm(ctx.tx, input, before.id);
    await updateProcess(ctx.tx, before.id, values, input.phases, invited, ctx.now);
    return {
      result: { id: before.id, slug: values.slug },
      audit: {
        action: "participation.process.edit",
        objectType: "participation_process",
        objectId: before.id,
        before: {
          slug: before.slug,
          title: before.title.de,
          visibility: before.visibility,
          phases: phasesOf(before.phases),
        },
        after: {
          slug: values.slug,
          title: values.title.de,
          visibility: values.visibility,
          invited: invited.length,
          phases: phasesOf(input.phases),
        },
      },
    };
  },
});
