import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertPanel } from "../data/repository";
import { panelSettingsInput } from "../domain/inputs";
import { readQuotaTable } from "../domain/quota-table";
import { readCsvField } from "./panel-csv-invalid";

/** The coordinator sets up a panel: name, size k, lottery size M, quotas with population shares. */
export const createPanel = defineUseCase({
  action: "panel.create",
  input: panelSettingsInput,
  run: async ({ tx, now }, input) => {
    const features = readCsvField("quotas", () => readQuotaTable(input.quotas, input.size));
    const id = await insertPanel(tx, {
      name: input.name,
      description: input.description,
      size: input.size,
      lotterySize: input.lotterySize,
      retentionDays: input.retentionDays,
      features,
      demo: input.demo,
      createdAt: now,
      updatedAt: now,
    });
    return {
      result: { id },
      audit: {
        action: "panel.create",
        objectType: "panel",
        objectId: id,
        after: { name: input.name, size: input.size, lotterySize: input.lotterySize },
      },
    };
  },
});
