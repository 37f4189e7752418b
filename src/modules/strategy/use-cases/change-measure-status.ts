import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { loadReference } from "../data/catalogue";
import { saveMeasureChange } from "../data/measure-changes";
import { measureStatusInput } from "../domain/inputs";
import { measureResource } from "../domain/model";
import { checkPhaseTransition, checkStatusTransition } from "../domain/transitions";

/** Status and implementation phase, within the allowed transitions: the office only. */
export const changeMeasureStatus = defineUseCase({
  action: "strategy.measure.changeStatus",
  input: measureStatusInput,
  resource: measureResource,
  run: (ctx, input) =>
    saveMeasureChange(ctx, input, "status", "strategy.measure.changeStatus", async (current) => {
      const { phases } = await loadReference(ctx.tx);
      const status = checkStatusTransition(current.content.status, input.status);
      if (!status.ok) throw new Invalid("errors.invalidInput", [{ path: "status", message: status.reason }]);
      // A completed or stopped measure keeps its phase; one that ends now keeps the phase it ended in.
      const phase = checkPhaseTransition(phases, current.content.status, current.content.phaseId, input.phase);
      if (!phase.ok) throw new Invalid("errors.invalidInput", [{ path: "phase", message: phase.reason }]);
      return { ...current.content, status: input.status, phaseId: input.phase };
    }),
});
