import { CommanderError } from "commander";
import { buildProgram } from "./program";

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  console.error(`gemeinsam: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
