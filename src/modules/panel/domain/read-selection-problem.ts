/**
 * Quotas file + pool file + panel size → a validated selection problem. Pure: text in, typed
 * result out; reading the files is the caller's business.
 */
import { PanelInputError } from "./errors";
import { parsePool } from "./parse-pool";
import { type ParsedQuotas, parseQuotas } from "./parse-quotas";
import type { SelectionProblem } from "./problem";
import { validateProblem } from "./validate-problem";

export interface SelectionInput {
  readonly quotas: { readonly text: string; readonly file?: string };
  readonly pool: { readonly text: string; readonly file?: string };
  readonly k: number;
  readonly households?: boolean;
}

export interface ReadSelectionProblem {
  readonly problem: SelectionProblem;
  readonly format: ParsedQuotas["format"];
}

export function readSelectionProblem(input: SelectionInput): ReadSelectionProblem {
  const { format, features } = parseQuotas(input.quotas.text, input.quotas.file);
  const volunteers = parsePool(input.pool.text, features, input.pool.file);
  if (!Number.isInteger(input.k) || input.k < 1) {
    throw new PanelInputError({ code: "panelSizeInvalid", params: { k: String(input.k) } });
  }
  if (input.k > volunteers.length) {
    throw new PanelInputError(
      { code: "panelSizeAbovePool", params: { k: input.k, pool: volunteers.length } },
      { file: input.pool.file },
    );
  }
  const problem: SelectionProblem = { features, volunteers, k: input.k, households: input.households ?? false };
  validateProblem(problem);
  return { problem, format };
}
