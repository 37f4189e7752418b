import type { Deps } from "../../../platform/deps";
import { loadOperatorDetails } from "../data/operator-file";
import type { OperatorDetails } from "../domain/operator";

/** The operating city's details for the imprint, privacy and accessibility pages (public). */
export function readOperatorDetails(deps: Deps): Promise<OperatorDetails> {
  return loadOperatorDetails(deps.config.OPERATOR_FILE);
}
