import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { asksForHelpOnly, type CommandOutline, fillFromOutline, outlineOf } from "./help-catalogue";
import { buildProgram } from "./program";
import { newRootCommand } from "./root-command";

/** Every command of the tree with its path (`budget tally`), the root first. */
function everyCommand(command: Command, path: string[] = []): Array<{ path: string; command: Command }> {
  return [
    { path: path.join(" ") || "(root)", command },
    ...command.commands.flatMap((child) => everyCommand(child, [...path, child.name()])),
  ];
}

describe("the help catalogue", () => {
  const program = buildProgram();
  // Through JSON, as the build writes it and the command line reads it.
  const outline = JSON.parse(JSON.stringify(outlineOf(program))) as CommandOutline;
  const fromCatalogue = everyCommand(fillFromOutline(newRootCommand(), outline));
  const full = everyCommand(program);

  it("holds every command of the program", () => {
    expect(fromCatalogue.map((entry) => entry.path)).toEqual(full.map((entry) => entry.path));
    expect(full.length).toBeGreaterThan(10);
  });

  it.each(full.map((entry, index) => [entry.path, index] as const))(
    "prints the same help for %s as the program itself",
    (_path, index) => {
      expect(fromCatalogue[index]?.command.helpInformation()).toBe(full[index]?.command.helpInformation());
    },
  );

  it("is used only when nothing but help is asked for", () => {
    expect(asksForHelpOnly([])).toBe(true);
    expect(asksForHelpOnly(["--help"])).toBe(true);
    expect(asksForHelpOnly(["budget", "tally", "-h"])).toBe(true);
    expect(asksForHelpOnly(["help", "user"])).toBe(true);
    expect(asksForHelpOnly(["user", "create", "--email", "a@example.org"])).toBe(false);
    expect(asksForHelpOnly(["migrate"])).toBe(false);
  });
});
