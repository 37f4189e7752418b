import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { loadPanel } from "../data/queries";
import { setPanelFeatures } from "../data/repository";
import { quotasInput } from "../domain/inputs";
import { readQuotaTable } from "../domain/quota-table";
import { PanelCsvInvalid, readCsvField } from "./panel-csv-invalid";

/** The coordinator confirms or changes the quotas; possible until the lottery list is published. */
export const updateQuotas = defineUseCase({
  action: "panel.update",
  input: quotasInput,
  run: async ({ tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (!["setup", "registration"].includes(panel.status)) throw new Conflict("panel.errors.quotasLocked");
    const features = readCsvField("quotas", () => readQuotaTable(input.quotas, panel.size));
    const before = panel.features.map((f) => f.name);
    const after = features.map((f) => f.name);
    if (before.join("\u0000").toLowerCase() !== after.join("\u0000").toLowerCase() && panel.status !== "setup") {
      // Volunteers already answered the questions of the existing features.
      throw new PanelCsvInvalid("quotas", {
        file: "quotas.csv",
        problem: { code: "featuresLocked", params: { features: before.join(", ") } },
      });
    }
    await setPanelFeatures(tx, panel.id, features, now);
    return {
      result: { id: panel.id },
      audit: {
        action: "panel.update",
        objectType: "panel",
        objectId: panel.id,
        before: panel.features,
        after: features,
      },
    };
  },
});
