import { Command } from "commander";
import { modules } from "../app/modules";
import { openConfiguredContext } from "./commands/context";
import { registerDatabaseCommands } from "./commands/database";

/** Builds the `gemeinsam` command with every module's sub-commands, the modules in the order of their names. */
export function buildProgram(): Command {
  const program = new Command("gemeinsam")
    .description("Gemeinsam – the platform for a city's participatory smart-city strategy")
    .showHelpAfterError();
  registerDatabaseCommands(program);
  const environment = { open: openConfiguredContext, print: console.log };
  const byName = [...modules].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const module of byName) module.cli?.(program, environment);
  return program;
}
