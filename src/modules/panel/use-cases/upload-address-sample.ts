import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { encryptText } from "../data/protection";
import { loadPanel } from "../data/queries";
import { saveAddressFile } from "../data/repository";
import { countAddresses } from "../domain/address-sample";
import { addressSampleInput } from "../domain/inputs";
import { readCsvField } from "./panel-csv-invalid";

/**
 * Stores the address sample from the register, encrypted, until the invitation run. A new upload
 * replaces one that was not used yet.
 */
export const uploadAddressSample = defineUseCase({
  action: "panel.invitations.upload",
  input: addressSampleInput,
  run: async ({ deps, tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (!["setup", "registration"].includes(panel.status)) throw new Conflict("panel.errors.invitationsClosed");
    const rows = readCsvField("sample", () => countAddresses(input.csv));
    const ciphertext = await encryptText(tx, deps.random, input.csv);
    await saveAddressFile(tx, { panelId: panel.id, kind: "sample", rows, ciphertext, createdAt: now });
    return {
      result: { rows },
      audit: { action: "panel.invitations.upload", objectType: "panel", objectId: panel.id, after: { rows } },
    };
  },
});
