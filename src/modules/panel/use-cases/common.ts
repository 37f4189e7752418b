import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Executor } from "../../../platform/db/database";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "../../../platform/errors/errors";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { parseQuotas } from "../csv/parse-quotas";
import { findPanel, type PanelRow } from "../data/queries";
import type { PanelFeature } from "../data/schema";
import { type InputProblem, PanelInputError } from "../domain/errors";

/**
 * A CSV file that could not be read: where, and what as a code with parameters, for the form to
 * show in the reader's language.
 */
export class PanelCsvInvalid extends Invalid {
  constructor(
    readonly field: string,
    readonly detail: { file?: string; row?: number; column?: string; problem: InputProblem },
  ) {
    super("panel.errors.csv", [{ path: field, message: "panel.errors.csv" }]);
  }
}

export function csvInvalid(field: string, error: unknown): never {
  if (error instanceof PanelInputError) {
    throw new PanelCsvInvalid(field, { ...error.location, problem: error.problem });
  }
  throw error;
}

export const panelIdInput = z.uuid("panel.errors.notFound");

export async function loadPanel(db: Executor, id: string): Promise<PanelRow> {
  if (!panelIdInput.safeParse(id).success) throw new NotFound("panel.errors.notFound");
  const panel = await findPanel(db, id);
  if (!panel) throw new NotFound("panel.errors.notFound");
  return panel;
}

export function requirePanelPermission(actor: Actor, action: string): void {
  if (can(actor, action)) return;
  throw actor.kind === "guest" ? new Unauthenticated("errors.unauthenticated") : new Forbidden("errors.forbidden");
}

export function requireStatus(panel: PanelRow, allowed: string[], message: string): void {
  if (!allowed.includes(panel.status)) throw new Conflict(message);
}

/**
 * Reads the quotas from CSV text in either format the selection core accepts
 * (`feature,value,min,max` or `category,feature,min,max`), plus an optional `population_share`
 * column (percent or 0–1) shown beside the quotas.
 */
export function parseQuotaTable(text: string, size: number): PanelFeature[] {
  let parsed: ReturnType<typeof parseQuotas>;
  try {
    parsed = parseQuotas(text, "quotas.csv");
  } catch (error) {
    csvInvalid("quotas", error);
  }
  const records = parse(text, {
    bom: true,
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    skip_empty_lines: true,
  }) as Array<Record<string, string>>;
  const featureColumn = parsed.format === "replication" ? "category" : "feature";
  const valueColumn = parsed.format === "replication" ? "feature" : "value";
  const shares = new Map<string, number | null>();
  records.forEach((record, index) => {
    const raw = (record.population_share ?? "").trim().replace(",", ".").replace("%", "");
    let share: number | null = null;
    if (raw) {
      const number = Number(raw);
      if (!Number.isFinite(number) || number < 0 || number > 100) {
        throw new PanelCsvInvalid("quotas", {
          file: "quotas.csv",
          row: index + 2,
          column: "population_share",
          problem: { code: "shareOutOfRange", params: { value: raw } },
        });
      }
      share = number > 1 ? number / 100 : number;
    }
    shares.set(
      `${(record[featureColumn] ?? "").trim().toLowerCase()}\u0000${(record[valueColumn] ?? "").trim().toLowerCase()}`,
      share,
    );
  });
  const features = parsed.features.map((feature) => ({
    name: feature.name,
    values: feature.values.map((value) => ({
      name: value.name,
      min: value.min,
      max: value.max,
      populationShare: shares.get(`${feature.name.toLowerCase()}\u0000${value.name.toLowerCase()}`) ?? null,
    })),
  }));
  for (const feature of features) {
    const sumMin = feature.values.reduce((sum, v) => sum + v.min, 0);
    if (sumMin > size) {
      throw new PanelCsvInvalid("quotas", {
        file: "quotas.csv",
        column: "min",
        problem: { code: "minimumsAboveSize", params: { feature: feature.name, sum: sumMin, size } },
      });
    }
  }
  return features;
}

/** The quotas as CSV text again (Sortition Foundation format), e.g. to prefill the form. */
export function quotaTableText(features: PanelFeature[]): string {
  const lines = ["feature,value,min,max,population_share"];
  for (const f of features) {
    for (const v of f.values) {
      lines.push(
        [
          f.name,
          v.name,
          v.min,
          v.max,
          v.populationShare === null ? "" : Math.round(v.populationShare * 1000) / 10,
        ].join(","),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
