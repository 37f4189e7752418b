import { readFile } from "node:fs/promises";
import { defaultOperatorDetails, type OperatorDetails, parseOperatorFile } from "../domain/operator";

const cache = new Map<string, Promise<OperatorDetails>>();

/** Reads the operator file once per process (a change needs a restart, like every setting). */
export function loadOperatorDetails(path: string | undefined): Promise<OperatorDetails> {
  const key = path ?? "";
  let details = cache.get(key);
  if (!details) {
    details = path
      ? readFile(path, "utf8").then((content) => parseOperatorFile(content, path))
      : Promise.resolve(defaultOperatorDetails());
    // A failed read is not cached, so fixing the file and retrying works without a restart.
    details.catch(() => cache.delete(key));
    cache.set(key, details);
  }
  return details;
}
