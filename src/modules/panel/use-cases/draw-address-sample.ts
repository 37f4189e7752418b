import { parse } from "csv-parse/sync";
import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { panelAddressFiles } from "../data/schema";
import { sha256Hex } from "../domain/sha256";
import { loadPanel, PanelCsvInvalid, panelIdInput, requireStatus } from "./common";
import { encryptText, toCsv } from "./protect";
import { checkAddressSample } from "./upload-address-sample";

/**
 * The published procedure for drawing the address sample from a register extract: every row
 * (numbered from 1 after the header) gets the SHA-256 of "<seed>\n<row number>"; the rows with the
 * smallest values form the sample, kept in the extract's order. Anyone holding the extract and the
 * seed gets the same sample.
 */
export function sampleRows(rowCount: number, seed: string, size: number): number[] {
  const ranked = Array.from({ length: rowCount }, (_, i) => ({
    row: i + 1,
    key: sha256Hex(`${seed.trim()}\n${i + 1}`),
  }));
  ranked.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked
    .slice(0, size)
    .map((r) => r.row)
    .sort((a, b) => a - b);
}

/** Draws the address sample from an uploaded register extract with a published seed; only the sample is kept. */
export const drawAddressSample = defineUseCase({
  action: "panel.invitations.upload",
  input: z.object({
    panelId: panelIdInput,
    csv: z.string().min(1, "panel.errors.sampleRequired").max(5_000_000),
    seed: z.string().trim().min(1, "panel.errors.seedRequired").max(200, "panel.errors.seedTooLong"),
    count: z.coerce
      .number("panel.errors.countNumber")
      .int("panel.errors.countNumber")
      .min(1, "panel.errors.countNumber")
      .max(20_000, "panel.errors.countNumber"),
  }),
  run: async ({ deps, tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    requireStatus(panel, ["setup", "registration"], "panel.errors.invitationsClosed");
    const total = checkAddressSample(input.csv, 10_000_000, "extract");
    if (input.count > total) {
      throw new PanelCsvInvalid("extract", {
        file: "register.csv",
        problem: { code: "extractTooSmall", params: { total, count: input.count } },
      });
    }
    const [header = [], ...rows] = parse(input.csv, { bom: true, skip_empty_lines: true }) as string[][];
    const chosen = sampleRows(rows.length, input.seed, input.count);
    const sample = toCsv([header, ...chosen.map((n) => rows[n - 1] ?? [])]);
    const ciphertext = await encryptText(tx, deps.random, sample);
    await tx
      .insert(panelAddressFiles)
      .values({ panelId: panel.id, kind: "sample", rows: chosen.length, ciphertext, createdAt: now })
      .onConflictDoUpdate({
        target: [panelAddressFiles.panelId, panelAddressFiles.kind],
        set: { rows: chosen.length, ciphertext, createdAt: now },
      });
    const extractHash = sha256Hex(input.csv);
    return {
      result: { rows: chosen.length, extractRows: total, extractHash },
      audit: {
        action: "panel.invitations.sample",
        objectType: "panel",
        objectId: panel.id,
        after: { seed: input.seed, count: chosen.length, extractRows: total, extractHash },
      },
    };
  },
});
