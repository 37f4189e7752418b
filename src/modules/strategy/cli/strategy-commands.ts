import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { parseDocument } from "yaml";
import {
  CommandFailed,
  cliActor,
  failReadably,
  type OpenContext,
  type Print,
  withContext,
} from "../../../platform/cli/context";
import type { Deps } from "../../../platform/deps";
import { translator } from "../../../platform/i18n/i18n";
import type { ImportReport } from "../domain/strategy-file";
import { exportAllMeasures } from "../use-cases/export-measures";
import { importStrategy, StrategyFileInvalid } from "../use-cases/import-strategy";

/** Reads a YAML file, naming the line of a syntax error. */
async function readYamlFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CommandFailed(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    throw new CommandFailed([`${path} is not valid YAML:`, ...document.errors.map((e) => `  ${e.message}`)].join("\n"));
  }
  return document.toJS();
}

function describeReport(report: ImportReport): string[] {
  return Object.entries(report).map(
    ([kind, n]) => `  ${kind}: ${n.created} created, ${n.updated} updated, ${n.unchanged} unchanged`,
  );
}

/** `gemeinsam import strategy FILE.yaml`: checks the whole file, then imports it in one transaction. */
async function importStrategyCommand(deps: Deps, path: string, print: Print): Promise<ImportReport> {
  const document = await readYamlFile(path);
  try {
    const report = await importStrategy(deps, { actor: cliActor }, { document, source: path });
    print(`Imported ${path}:`);
    for (const line of describeReport(report)) print(line);
    return report;
  } catch (error) {
    if (error instanceof StrategyFileInvalid) {
      const t = translator("en");
      const lines = error.importIssues.map((i) => `  ${i.path}: ${t(i.key, i.params)}`);
      throw new CommandFailed([`${path}: ${t(error.message)}`, ...lines].join("\n"));
    }
    return failReadably(() => Promise.reject(error));
  }
}

/** `gemeinsam export measures --format csv|json`: every measure, every field, both languages. */
async function exportMeasuresCommand(
  deps: Deps,
  options: { format: "csv" | "json" },
  write: (chunk: string) => void | Promise<void>,
): Promise<void> {
  const chunks = await exportAllMeasures(deps, options.format);
  for await (const chunk of chunks) await write(chunk);
}

function fileWriter(path: string): { write: (chunk: string) => Promise<void>; close: () => Promise<void> } {
  const stream = createWriteStream(path, { encoding: "utf8" });
  return {
    write: (chunk) =>
      new Promise((resolve, reject) => {
        stream.write(chunk, (error) => (error ? reject(error) : resolve()));
      }),
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}

/** Finds a command group (`import`, `export`) that another module may have registered already. */
function group(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

export function registerStrategyCommands(
  program: Command,
  open: OpenContext,
  print: Print,
  write: (chunk: string) => void = (chunk) => {
    process.stdout.write(chunk);
  },
): void {
  group(program, "import", "Import data from a file")
    .command("strategy")
    .description("Import a strategy file (YAML): values compass, action fields, organisations, measures")
    .argument("<file>", "the strategy file, e.g. gdb-demo.yaml")
    .action(async (file: string) => {
      await withContext(open, (deps) => importStrategyCommand(deps, file, print));
    });

  group(program, "export", "Export open data")
    .command("measures")
    .description("Export all measures with every field in German and English")
    .addOption(new Option("--format <format>", "file format").choices(["csv", "json"]).default("csv"))
    .option("--output <file>", "write to this file instead of the standard output")
    .action(async (options: { format: "csv" | "json"; output?: string }) => {
      await withContext(open, async (deps) => {
        if (!options.output) return exportMeasuresCommand(deps, options, write);
        const file = fileWriter(options.output);
        try {
          await exportMeasuresCommand(deps, options, file.write);
        } finally {
          await file.close();
        }
        print(`Exported the measures to ${options.output}.`);
      });
    });
}
