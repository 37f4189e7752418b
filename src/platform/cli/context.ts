import type { Deps } from "../deps";
import { AppError, Invalid } from "../errors/errors";
import { translator } from "../i18n/i18n";
import type { Actor } from "../permissions/permissions";

/** Everything the command line changes is recorded in the audit log under this actor. */
export const cliActor: Actor = { kind: "system", label: "cli" };

/** Where a command writes what it has to say (standard output, or a list in tests). */
export type Print = (line: string) => void;

export interface CliContext {
  deps: Deps;
  close(): Promise<void>;
}

/** Opens the configured database (PGlite under DATA_DIR, or DATABASE_URL), migrated. */
export type OpenContext = () => Promise<CliContext>;

/** What the `gemeinsam` command hands a module's commands: how to open the database, where to print. */
export interface CliEnvironment {
  open: OpenContext;
  print: Print;
}

/** Runs a command with an open database and always closes it. */
export async function withContext<T>(open: OpenContext, run: (deps: Deps) => Promise<T>): Promise<T> {
  const context = await open();
  try {
    return await run(context.deps);
  } finally {
    await context.close();
  }
}

/** The command-line option that sets an input field, so an error names what to change. */
const optionOf: Record<string, string> = {
  email: "--email",
  displayName: "--name",
  password: "--password",
  role: "--role",
  scopeType: "--scope-type",
  scopeId: "--scope-id",
};

/** An error of a use case as a readable sentence (in English) naming the options to correct. */
function describeError(error: unknown): string {
  if (!(error instanceof AppError)) return error instanceof Error ? error.message : String(error);
  const t = translator("en");
  const lines = [t(error.message)];
  if (error instanceof Invalid) {
    for (const issue of error.issues) lines.push(`  ${optionOf[issue.path] ?? issue.path}: ${t(issue.message)}`);
  }
  return lines.join("\n");
}

/** Thrown for a refused command; main prints the message to stderr and exits with code 1. */
export class CommandFailed extends Error {}

export async function failReadably<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) throw new CommandFailed(describeError(error));
    throw error;
  }
}
