import type { Command } from "commander";
import { seedDemo } from "../../app/seed";
import { type OpenContext, type Print, withContext } from "../../platform/cli/context";
import type { Deps } from "../../platform/deps";
import { openConfiguredContext } from "./context";

/** Seeds the demo content; each module's seed skips what exists, so running it twice is harmless. */
async function seedCommand(deps: Deps, print: Print): Promise<void> {
  await seedDemo(deps);
  print("Demo content is in place.");
}

export function registerDatabaseCommands(
  program: Command,
  open: OpenContext = openConfiguredContext,
  print: Print = console.log,
): void {
  program
    .command("migrate")
    .description("Apply the database migrations (PGlite under DATA_DIR, or DATABASE_URL)")
    .action(async () => {
      // Opening the context applies the migrations.
      await withContext(open, async (deps) => {
        print(`The ${deps.database.kind === "pglite" ? "embedded" : "PostgreSQL"} database is up to date.`);
      });
    });

  program
    .command("seed")
    .description("Apply the migrations, then add the demo content where it is missing")
    .action(async () => {
      await withContext(open, (deps) => seedCommand(deps, print));
    });
}
