// The command line's help, written down at build time. Loading every module to print `--help`
// costs more than a second; the compiled build therefore stores the outline of every command
// (names, descriptions, arguments, options) in dist/cli/help-catalogue.json, and a call that only
// asks for help is answered from it without loading any module (docs/decisions/0007).
import { Argument, type Command, Option } from "commander";

export interface ArgumentOutline {
  name: string;
  description: string;
  required: boolean;
  variadic: boolean;
  defaultValue?: unknown;
  defaultValueDescription?: string;
  choices?: readonly string[];
}

export interface OptionOutline {
  flags: string;
  description: string;
  mandatory: boolean;
  hidden: boolean;
  defaultValue?: unknown;
  defaultValueDescription?: string;
  choices?: readonly string[];
}

export interface CommandOutline {
  name: string;
  description: string;
  summary: string;
  aliases: string[];
  arguments: ArgumentOutline[];
  options: OptionOutline[];
  commands: CommandOutline[];
}

/** The outline of a command and all its sub-commands. */
export function outlineOf(command: Command): CommandOutline {
  return {
    name: command.name(),
    description: command.description(),
    summary: command.summary(),
    aliases: command.aliases(),
    arguments: command.registeredArguments.map((argument) => ({
      name: argument.name(),
      description: argument.description,
      required: argument.required,
      variadic: argument.variadic,
      defaultValue: argument.defaultValue,
      defaultValueDescription: argument.defaultValueDescription,
      choices: argument.argChoices,
    })),
    options: command.options.map((option) => ({
      flags: option.flags,
      description: option.description,
      mandatory: option.mandatory,
      hidden: option.hidden,
      defaultValue: option.defaultValue,
      defaultValueDescription: option.defaultValueDescription,
      choices: option.argChoices,
    })),
    commands: command.commands.map(outlineOf),
  };
}

/**
 * Gives `command` (made without actions) the descriptions, arguments, options and sub-commands of
 * the outline, so that it prints the same help as the command the outline was taken from.
 * Sub-commands are made with `command.command()`, so they inherit the settings of `command`.
 */
export function fillFromOutline(command: Command, outline: CommandOutline): Command {
  command.description(outline.description).summary(outline.summary);
  if (outline.aliases.length > 0) command.aliases(outline.aliases);
  for (const spec of outline.arguments) {
    const name = `${spec.name}${spec.variadic ? "..." : ""}`;
    const argument = new Argument(spec.required ? `<${name}>` : `[${name}]`, spec.description);
    if (spec.defaultValue !== undefined) argument.default(spec.defaultValue, spec.defaultValueDescription);
    if (spec.choices) argument.choices(spec.choices);
    command.addArgument(argument);
  }
  for (const spec of outline.options) {
    const option = new Option(spec.flags, spec.description).hideHelp(spec.hidden).makeOptionMandatory(spec.mandatory);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue, spec.defaultValueDescription);
    if (spec.choices) option.choices(spec.choices);
    command.addOption(option);
  }
  for (const child of outline.commands) fillFromOutline(command.command(child.name), child);
  return command;
}

/** True when the arguments ask for help and nothing else: no arguments, `help …`, or `--help`/`-h` anywhere. */
export function asksForHelpOnly(args: readonly string[]): boolean {
  return args.length === 0 || args[0] === "help" || args.includes("--help") || args.includes("-h");
}
