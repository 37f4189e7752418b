import { readFileSync } from "node:fs";

/**
 * The verification script of docs/, served by the platform itself so that residents can check a
 * draw without the repository. Read once: it changes only with a new release.
 */
const scriptUrl = new URL("../../../../docs/panel-verify.mjs", import.meta.url);
let script: string | undefined;

export function verificationScript(): string {
  script ??= readFileSync(scriptUrl, "utf8");
  return script;
}
