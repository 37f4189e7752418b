import { Invalid } from "../../../platform/errors/errors";
import { type InputProblem, PanelInputError } from "../domain/errors";

/**
 * The refusal of a use case that was given a CSV file it could not read: where, and what as a code
 * with parameters, for the form to show in the reader's language.
 */
export class PanelCsvInvalid extends Invalid {
  constructor(
    readonly field: string,
    readonly detail: { file?: string; row?: number; column?: string; problem: InputProblem },
  ) {
    super("panel.errors.csv", [{ path: field, message: "panel.errors.csv" }]);
  }
}

/** Runs a reader of the domain; its PanelInputError becomes the refusal of the form field. */
export function readCsvField<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PanelInputError) {
      throw new PanelCsvInvalid(field, { ...error.location, problem: error.problem });
    }
    throw error;
  }
}
