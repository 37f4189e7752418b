import { z } from "zod";

/** What the coordinator's forms send, checked before a use case acts on it. */

export const panelIdInput = z.uuid("panel.errors.notFound");

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

export const quotasInput = z.object({
  panelId: panelIdInput,
  quotas: z.string().trim().min(1, "panel.errors.quotasRequired").max(200_000),
});

export const addressSampleInput = z.object({
  panelId: panelIdInput,
  csv: z.string().min(1, "panel.errors.sampleRequired").max(5_000_000),
});

export const registerExtractInput = z.object({
  panelId: panelIdInput,
  csv: z.string().min(1, "panel.errors.sampleRequired").max(5_000_000),
  seed: z.string().trim().min(1, "panel.errors.seedRequired").max(200, "panel.errors.seedTooLong"),
  count: z.coerce
    .number("panel.errors.countNumber")
    .int("panel.errors.countNumber")
    .min(1, "panel.errors.countNumber")
    .max(20_000, "panel.errors.countNumber"),
});

export const drawInput = z.object({
  panelId: panelIdInput,
  /** The public random seed announced at the event, e.g. dice rolls or lottery numbers. */
  seed: z.string().trim().min(1, "panel.errors.seedRequired").max(200, "panel.errors.seedTooLong"),
});

export const replaceMemberInput = z.object({
  panelId: panelIdInput,
  /** The pseudonym of the member who dropped out. */
  leaving: z
    .string()
    .trim()
    .min(1, "panel.errors.leavingRequired")
    .max(40, "panel.errors.notMember")
    .transform((p) => p.toUpperCase()),
});

/** The panel a coordinator's button acts on. */
export const panelActionInput = z.object({ panelId: panelIdInput });
