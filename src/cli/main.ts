import { existsSync, readFileSync } from "node:fs";
import { type Command, CommanderError } from "commander";
import { asksForHelpOnly, type CommandOutline, fillFromOutline } from "./help-catalogue";
import { newRootCommand } from "./root-command";

/** Written by the build beside the compiled command line; absent when running the TypeScript sources. */
const catalogue = new URL("./help-catalogue.json", import.meta.url);

/** The whole program, or, when only help is asked for and the build wrote the catalogue, its outline. */
async function program(args: readonly string[]): Promise<Command> {
  if (asksForHelpOnly(args) && existsSync(catalogue)) {
    const outline = JSON.parse(readFileSync(catalogue, "utf8")) as CommandOutline;
    return fillFromOutline(newRootCommand(), outline);
  }
  const { buildProgram } = await import("./program");
  return buildProgram();
}

try {
  await (await program(process.argv.slice(2))).parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  console.error(`gemeinsam: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
