import type { Command } from "commander";
import { modules } from "../app/modules";
import { openConfiguredContext } from "./commands/context";
import { registerDatabaseCommands } from "./commands/database";
import { newRootCommand } from "./root-command";

/** Builds the `gemeinsam` command with every module's sub-commands, the modules in the order of their names. */
export function buildProgram(): Command {
  const program = newRootCommand();
  registerDatabaseCommands(program);
  const environment = { open: openConfiguredContext, print: console.log };
  const byName = [...modules].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const module of byName) module.cli?.(program, environment);
  return program;
}
