import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { csvProblem } from "../csv/read-table";
import { panelAddressFiles } from "../data/schema";
import { loadPanel, PanelCsvInvalid, panelIdInput, requireStatus } from "./common";
import { encryptText } from "./protect";

/** The most addresses one sample may hold (Berlin invited 3,000). */
export const MAX_SAMPLE_ROWS = 20_000;

/** Checks that the address sample is a CSV table with a header and at least one address. */
export function checkAddressSample(text: string, maxRows = MAX_SAMPLE_ROWS, field = "sample"): number {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    const row = (error as { lines?: number }).lines;
    const problem =
      error instanceof CsvError ? csvProblem(error) : ({ code: "notCsv", params: { reason: String(error) } } as const);
    throw new PanelCsvInvalid(field, { file: "sample.csv", row, problem });
  }
  const [header, ...rows] = records;
  if (!header || header.every((h) => !h.trim())) {
    throw new PanelCsvInvalid(field, { file: "sample.csv", row: 1, problem: { code: "noHeader" } });
  }
  const seen = new Set<string>();
  header.forEach((name) => {
    const key = name.trim().toLowerCase();
    if (!key) throw new PanelCsvInvalid(field, { file: "sample.csv", row: 1, problem: { code: "columnWithoutName" } });
    if (seen.has(key))
      throw new PanelCsvInvalid(field, {
        file: "sample.csv",
        row: 1,
        column: name,
        problem: { code: "duplicateColumn" },
      });
    seen.add(key);
  });
  if (rows.length === 0)
    throw new PanelCsvInvalid(field, { file: "sample.csv", row: 2, problem: { code: "noAddresses" } });
  if (rows.length > maxRows) {
    throw new PanelCsvInvalid(field, {
      file: "sample.csv",
      problem: { code: "tooManyAddresses", params: { max: maxRows } },
    });
  }
  return rows.length;
}

/**
 * Stores the address sample from the register, encrypted, until the invitation run. A new upload
 * replaces one that was not used yet.
 */
export const uploadAddressSample = defineUseCase({
  action: "panel.invitations.upload",
  input: z.object({ panelId: panelIdInput, csv: z.string().min(1, "panel.errors.sampleRequired").max(5_000_000) }),
  run: async ({ deps, tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    requireStatus(panel, ["setup", "registration"], "panel.errors.invitationsClosed");
    const rows = checkAddressSample(input.csv);
    const ciphertext = await encryptText(tx, deps.random, input.csv);
    await tx
      .insert(panelAddressFiles)
      .values({ panelId: panel.id, kind: "sample", rows, ciphertext, createdAt: now })
      .onConflictDoUpdate({
        target: [panelAddressFiles.panelId, panelAddressFiles.kind],
        set: { rows, ciphertext, createdAt: now },
      });
    return {
      result: { rows },
      audit: { action: "panel.invitations.upload", objectType: "panel", objectId: panel.id, after: { rows } },
    };
  },
});
