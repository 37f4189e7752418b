import { Command } from "commander";
import { registerBudgetCommands } from "../modules/budget/cli";
import { panelModule } from "../modules/panel";
import { registerStrategyCommands } from "../modules/strategy/cli";
import { registerDatabaseCommands } from "./commands/database";
import { registerUserCommands } from "../modules/admin/cli/user";

/** Builds the `gemeinsam` command with every module's sub-commands. */
export function buildProgram(): Command {
  const program = new Command("gemeinsam")
    .description("Gemeinsam – the platform for a city's participatory smart-city strategy")
    .showHelpAfterError();
  registerDatabaseCommands(program);
  registerUserCommands(program);
  registerBudgetCommands(program);
  panelModule.cli?.(program);
  registerStrategyCommands(program);
  return program;
}
