// `npm test`: the whole suite — domain, data, HTTP (project "unit") and browser (project "e2e") —
// then one closing summary line. Extra arguments go to Vitest (e.g. `npm test -- src/modules/budget`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

if (!existsSync("node_modules/.package-lock.json")) {
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
mkdirSync(".tmp", { recursive: true });
const report = ".tmp/vitest-report.json";
const run = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, "utf8"));
  const skipped = result.numPendingTests + result.numTodoTests;
  console.log(`\n${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`);
}
process.exit(run.status ?? 1);
