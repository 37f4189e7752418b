import { csvText } from "../../../platform/csv/csv-writer";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { encryptText } from "../data/protection";
import { loadPanel } from "../data/queries";
import { saveAddressFile } from "../data/repository";
import { countAddresses, pickAddressRows, sampleRows } from "../domain/address-sample";
import { registerExtractInput } from "../domain/inputs";
import { sha256Hex } from "../domain/sha256";
import { PanelCsvInvalid, readCsvField } from "./panel-csv-invalid";

/** Draws the address sample from an uploaded register extract with a published seed; only the sample is kept. */
export const drawAddressSample = defineUseCase({
  action: "panel.invitations.upload",
  input: registerExtractInput,
  run: async ({ deps, tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (!["setup", "registration"].includes(panel.status)) throw new Conflict("panel.errors.invitationsClosed");
    const total = readCsvField("extract", () => countAddresses(input.csv, 10_000_000));
    if (input.count > total) {
      throw new PanelCsvInvalid("extract", {
        file: "register.csv",
        problem: { code: "extractTooSmall", params: { total, count: input.count } },
      });
    }
    // Two passes over the text, holding only the chosen rows: the extract is never held parsed.
    const chosen = sampleRows(total, input.seed, input.count);
    const sample = csvText(pickAddressRows(input.csv, chosen), { quoteAll: true });
    const ciphertext = await encryptText(tx, deps.random, sample);
    await saveAddressFile(tx, { panelId: panel.id, kind: "sample", rows: chosen.length, ciphertext, createdAt: now });
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
