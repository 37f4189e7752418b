import { z } from "zod";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertObservation, supersedeObservation } from "../data/observations";
import { accountOf, measureOf, measureResourceOf } from "./measure-access";
import {
  analyseUpload,
  checkConfirmation,
  MAX_CONFIRMATION_CHARS,
  type PlannedRow,
  UPLOAD_ACTION,
  uploadIndicators,
} from "./preview-observations";

/**
 * Writes the values of a previewed CSV upload, all in one transaction or none: the office or the
 * measure's team (the permission of entering one value; correcting stored values also needs the
 * permission to correct). The confirmation form's text counts only with its signature (see
 * preview-observations.ts); it is then parsed and checked again against the data as it is now.
 *
 * - A row for an indicator, period and area without a value adds one (source `csv`).
 * - A row for one that has a current value CORRECTS it, as the form of corrections does: the old
 *   value is kept, marked as replaced, and the new one names it. The preview shows each such row
 *   with the value it replaces before anything is written. (Refusing them would make re-delivering a
 *   revised statistic, the usual reason for a second file, impossible without typing each value.)
 * - A row equal to the current value (value, status and note) is skipped. So a confirmation sent
 *   twice writes once: the second finds every row stored and writes nothing (`UploadAlreadySaved`).
 * - If the stored values the rows touch changed since the preview (someone else entered or
 *   corrected one), or the file no longer passes (an indicator left the model), nothing is written
 *   (`UploadChanged`) and the person sees the new preview. Two confirmations at the same moment
 *   cannot both write: the table allows one current value per indicator, period and area, and a
 *   value can be replaced once, so the later one fails and rolls back.
 *
 * One audit entry records the import with its counts.
 */

const importObservationsInput = z.object({
  slug: z.string().max(200),
  csv: z
    .string({ error: "monitoring.upload.proofInvalid" })
    .max(MAX_CONFIRMATION_CHARS, { error: "monitoring.upload.proofInvalid" })
    .regex(/^[A-Za-z0-9_-]+$/, { error: "monitoring.upload.proofInvalid" }),
  state: z
    .string({ error: "monitoring.upload.proofInvalid" })
    .regex(/^[A-Za-z0-9_-]{1,100}$/, { error: "monitoring.upload.proofInvalid" }),
  issued: z
    .string({ error: "monitoring.upload.proofInvalid" })
    .regex(/^\d{1,15}$/, { error: "monitoring.upload.proofInvalid" }),
  signature: z
    .string({ error: "monitoring.upload.proofInvalid" })
    .regex(/^[A-Za-z0-9_-]{1,100}$/, { error: "monitoring.upload.proofInvalid" }),
});

/** The stored values changed since the preview, or the file no longer passes: nothing was written. */
export class UploadChanged extends Conflict {
  constructor() {
    super("monitoring.upload.changed");
  }
}

/** Every row of the file is stored as it is (e.g. the confirmation was sent twice): nothing to write. */
export class UploadAlreadySaved extends Conflict {
  constructor(readonly rows: number) {
    super("monitoring.upload.alreadySaved", { rows });
  }
}

function refusedProof(reason: "invalid" | "expired"): Invalid {
  const message = reason === "expired" ? "monitoring.upload.proofExpired" : "monitoring.upload.proofInvalid";
  return new Invalid(message, [{ path: "form", message }]);
}

export const importObservations = defineUseCase({
  action: UPLOAD_ACTION,
  input: importObservationsInput,
  resource: measureResourceOf,
  run: async (ctx, input) => {
    const measure = await measureOf(ctx.tx, input.slug);
    const checked = checkConfirmation(ctx.deps.csrfKey, ctx.actor, measure, input, ctx.now);
    if (!checked.ok) throw refusedProof(checked.reason);
    const indicators = await uploadIndicators(ctx.tx, ctx.deps, measure, ctx.now);
    const analysis = await analyseUpload(ctx.tx, measure, indicators, checked.text, ctx.now, ctx.deps.city.timeZone);
    if (analysis.kind === "refused") throw new UploadChanged();
    const writes = analysis.rows.filter((row) => row.action !== "unchanged");
    if (writes.length === 0) throw new UploadAlreadySaved(analysis.rows.length);
    if (analysis.state !== input.state) throw new UploadChanged();
    if (writes.some((row) => row.action === "correct")) {
      requirePermission(ctx.actor, "monitoring.observation.correct", measureResourceOf(input));
    }
    const enteredBy = accountOf(ctx.actor);
    const write = async (row: PlannedRow) => {
      if (row.previous && !(await supersedeObservation(ctx.tx, row.previous.id, ctx.now))) throw new UploadChanged();
      const id = await insertObservation(ctx.tx, {
        measureId: measure.id,
        indicator: row.indicator,
        period: row.period,
        spatialUnit: row.spatialUnit,
        value: row.value,
        status: row.status,
        source: "csv",
        note: row.note,
        corrects: row.previous?.id ?? null,
        enteredBy,
        now: ctx.now,
      });
      if (!id) throw new UploadChanged();
    };
    for (const row of writes) await write(row);
    const { add: added, correct: corrected, unchanged } = analysis.counts;
    return {
      result: { slug: measure.slug, added, corrected, unchanged },
      audit: {
        action: "monitoring.observation.import",
        objectType: "measure",
        objectId: measure.id,
        after: { measure: measure.slug, rows: writes.length, added, corrected, unchanged },
      },
    };
  },
});
