import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verificationScript } from "../../../src/modules/panel/http/verify-script";

/**
 * Runs the public verification script as a resident would: a separate Node process in an empty
 * folder with the downloaded files. Vitest's BASE_URL is left out of the environment, so the
 * script sees what a resident's shell has.
 */
export async function runVerifyScript(options: {
  script?: string;
  list: string;
  seed: string;
  hash?: string;
  replacements?: unknown;
  extra?: string[];
}): Promise<{ exitCode: number | null; output: Record<string, unknown> | null; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), "panel-verify-"));
  try {
    writeFileSync(join(dir, "panel-verify.mjs"), options.script ?? verificationScript());
    writeFileSync(join(dir, "lottery.txt"), options.list);
    const args = ["panel-verify.mjs", "lottery.txt", options.seed, "--json"];
    if (options.hash) args.push("--hash", options.hash);
    if (options.replacements !== undefined) {
      writeFileSync(join(dir, "panel.json"), JSON.stringify(options.replacements));
      args.push("--replacements", "panel.json");
    }
    args.push(...(options.extra ?? []));
    const { BASE_URL: _omitted, ...env } = process.env;
    const run = spawnSync(process.execPath, args, { cwd: dir, env, encoding: "utf8" });
    const line = run.stdout.trim();
    return {
      exitCode: run.status,
      output: line ? (JSON.parse(line) as Record<string, unknown>) : null,
      stderr: run.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
