// `npm start`: installs dependencies when they are missing, then starts the server, which
// migrates the database, seeds the demo strategy when empty and serves on PORT (default 3000).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
if (!existsSync("node_modules/.package-lock.json")) {
  console.log("Installing dependencies (first start)…");
  const install = spawnSync(npm, ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const server = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "src/app/server.ts"], { stdio: "inherit" });
process.exit(server.status ?? 1);
