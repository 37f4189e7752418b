import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../../bin/gemeinsam.js", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the installed command the way a person would, on a database of its own. */
function gemeinsam(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Vitest puts Vite's BASE_URL ("/") into process.env; it is not this platform's BASE_URL.
  const { DATABASE_URL: _database, BASE_URL: _base, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: "warn" }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("the gemeinsam command", () => {
  it("lists its commands", async () => {
    const root = await gemeinsam("--help");
    expect(root.code).toBe(0);
    for (const command of ["migrate", "seed", "user"])
      expect(root.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    const user = await gemeinsam("user", "--help");
    for (const command of ["create", "grant", "revoke"])
      expect(user.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });

  it("creates an administrator on the configured database, and fails with a message and exit code 1", async () => {
    const created = await gemeinsam("user", "create", "--email", "ops@example.org", "--role", "administrator");
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created the account ops@example.org \(.+\) with the role administrator\./);
    expect(created.stdout).toMatch(/Password \(shown only this once\): \S{20}\n/);

    const refused = await gemeinsam("user", "revoke", "--email", "ops@example.org", "--role", "administrator");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("gemeinsam: This is the last account with administration rights.");
  });
});
