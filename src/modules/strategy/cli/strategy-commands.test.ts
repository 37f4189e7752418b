import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import type { OpenContext } from "../../../platform/cli/context";
import { registerStrategyCommands } from "./strategy-commands";

let t: TestApp;
let dir: string;
let printed: string[] = [];
let written = "";

function program(): Command {
  const open: OpenContext = async () => ({ deps: t.deps, close: async () => {} });
  const root = new Command("gemeinsam").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerStrategyCommands(
    root,
    open,
    (line) => printed.push(line),
    (chunk) => {
      written += chunk;
    },
  );
  for (const command of root.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return root;
}

async function run(...args: string[]): Promise<string[]> {
  printed = [];
  written = "";
  await program().parseAsync(args, { from: "user" });
  return printed;
}

const demoFile = new URL("../data/demo/gdb-demo.yaml", import.meta.url);

beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), "strategy-cli-"));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe("gemeinsam import strategy", () => {
  it("refuses a file with errors, naming the path of each wrong entry, and imports nothing", async () => {
    const broken = readFileSync(demoFile, "utf8")
      .replace("action_fields: [ZA-1, EV-1]", "action_fields: [XX-9, EV-1]")
      .replace("type: zentral", "type: lokal");
    const path = join(dir, "broken.yaml");
    writeFileSync(path, broken);
    const error = await run("import", "strategy", path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      [
        `${path}: The strategy file has errors. Nothing was imported.`,
        '  measures[0].type: unknown type "lokal" (zentral, dezentral or netzwerk)',
        '  measures[0].action_fields[0]: unknown action field "XX-9"',
      ].join("\n"),
    );
    await run("export", "measures", "--format", "json");
    expect(JSON.parse(written)).toEqual({ items: [] });
  });

  it("names the line of a YAML syntax error", async () => {
    const path = join(dir, "syntax.yaml");
    writeFileSync(path, "measures:\n  - id: [unclosed\n");
    const error = (await run("import", "strategy", path).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(`${path} is not valid YAML:`);
    expect(error.message).toMatch(/at line 3, column 1/);
  });

  it("imports the demo file and changes nothing the second time", async () => {
    const first = await run("import", "strategy", demoFile.pathname);
    expect(first).toContain("  measures: 20 created, 0 updated, 0 unchanged");
    const second = await run("import", "strategy", demoFile.pathname);
    expect(second).toContain("  measures: 0 created, 0 updated, 20 unchanged");
    expect(second).toContain("  actionFields: 0 created, 0 updated, 12 unchanged");
  });
});

describe("gemeinsam export measures", () => {
  it("writes CSV to the standard output and JSON to a file", async () => {
    await run("export", "measures", "--format", "csv");
    const lines = written.trim().split("\r\n");
    expect(lines).toHaveLength(21);
    expect(lines[0]?.replace("\uFEFF", "").startsWith("slug,code,url,title_de,title_en")).toBe(true);
    const output = join(dir, "measures.json");
    expect(await run("export", "measures", "--format", "json", "--output", output)).toEqual([
      `Exported the measures to ${output}.`,
    ]);
    const json = JSON.parse(readFileSync(output, "utf8")) as { items: Array<{ code: string }> };
    expect(json.items.map((m) => m.code).sort()).toContain("P1");
    expect(json.items).toHaveLength(20);
  });

  it("refuses an unknown format", async () => {
    await expect(run("export", "measures", "--format", "xml")).rejects.toThrow(/Allowed choices are csv, json/);
  });
});
