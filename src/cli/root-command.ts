import { Command } from "commander";

/** The `gemeinsam` command itself, before any sub-command is added. */
export function newRootCommand(): Command {
  return new Command("gemeinsam")
    .description("Gemeinsam – the platform for a city's participatory smart-city strategy")
    .showHelpAfterError();
}
