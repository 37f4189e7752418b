import { PanelInputError } from "../../../src/modules/panel/domain/errors";

/** The error thrown by `action`, which must be a PanelInputError (anything else fails the test). */
export function inputError(action: () => unknown): PanelInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof PanelInputError) return error;
    throw error;
  }
  throw new Error("expected a PanelInputError");
}
