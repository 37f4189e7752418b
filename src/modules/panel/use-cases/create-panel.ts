import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { panels } from "../data/schema";
import { parseQuotaTable } from "./common";

export const panelSettingsInput = z.object({
  name: z.string().trim().min(3, "panel.errors.nameRequired").max(200, "panel.errors.nameTooLong"),
  description: z.string().trim().max(4000, "panel.errors.descriptionTooLong").default(""),
  size: z.coerce
    .number("panel.errors.sizeNumber")
    .int("panel.errors.sizeNumber")
    .min(2, "panel.errors.sizeNumber")
    .max(1000, "panel.errors.sizeNumber"),
  lotterySize: z.coerce
    .number("panel.errors.lotterySizeNumber")
    .int("panel.errors.lotterySizeNumber")
    .min(10, "panel.errors.lotterySizeNumber")
    .max(10_000, "panel.errors.lotterySizeNumber")
    .default(1000),
  retentionDays: z.coerce
    .number("panel.errors.retentionNumber")
    .int("panel.errors.retentionNumber")
    .min(1, "panel.errors.retentionNumber")
    .max(3650, "panel.errors.retentionNumber")
    .default(365),
  quotas: z.string().trim().min(1, "panel.errors.quotasRequired").max(200_000, "panel.errors.quotasRequired"),
  demo: z.boolean().default(false),
});

/** The coordinator sets up a panel: name, size k, lottery size M, quotas with population shares. */
export const createPanel = defineUseCase({
  action: "panel.create",
  input: panelSettingsInput,
  run: async ({ tx, now }, input) => {
    const features = parseQuotaTable(input.quotas, input.size);
    const [row] = await tx
      .insert(panels)
      .values({
        name: input.name,
        description: input.description,
        size: input.size,
        lotterySize: input.lotterySize,
        retentionDays: input.retentionDays,
        features,
        demo: input.demo,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: panels.id });
    const id = row?.id as string;
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
