// `npm start`: installs dependencies when they are missing, compiles src/ to dist/ when dist/ is
// missing or older than a source file, then runs the compiled server (dist/app/server.js) with plain
// Node in this process, so signals reach the server directly. The server migrates the database,
// seeds the demo strategy when empty and serves on PORT (default 3000).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
if (!existsSync("node_modules/.package-lock.json")) {
  console.log("Installing dependencies (first start)…");
  const install = spawnSync(npm, ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const { ensureBuilt } = await import("./build.js");
await ensureBuilt();
await import("../dist/app/server.js");
