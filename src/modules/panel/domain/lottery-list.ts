/**
 * The published list of the lottery: a plain text anyone can read, hash and check.
 *
 * Format (UTF-8, "\n" after every line, nothing else in the file):
 *
 *     1: id id id …
 *     2: id id id …
 *     …
 *     M: id id id …
 *
 * Each line is a panel: its number, a colon, a space, then the pseudonymous ids of its members
 * separated by single spaces. Ids are sorted within a line, and lines are sorted by their id
 * sequences, so the list depends only on which panels it contains, not on how they were computed.
 * Sorting compares strings by UTF-16 code units (for ASCII ids: byte order), as JavaScript's
 * default sort does. The SHA-256 of this text is published before the draw.
 */
import { PanelInputError } from "./errors";
import type { Panel, SelectionProblem } from "./problem";
import { sha256Hex } from "./sha256";

export interface PublishedLottery {
  /** The list text, exactly as published. */
  readonly text: string;
  /** SHA-256 of `text`, lowercase hex. */
  readonly hash: string;
  /** Panel number i (1-based) is `panels[i − 1]`: ids, sorted. */
  readonly panels: readonly (readonly string[])[];
}

export function publishLottery(problem: SelectionProblem, panels: readonly Panel[]): PublishedLottery {
  for (const volunteer of problem.volunteers) {
    if (/\s|:/.test(volunteer.id)) {
      throw new PanelInputError({ code: "idNotPublishable", params: { id: volunteer.id } });
    }
  }
  const lines = panels
    .map((panel) => panel.map((i) => problem.volunteers[i]?.id ?? "").sort(compareCodeUnits))
    .sort(compareIdLists);
  const text = lines.map((ids, i) => `${i + 1}: ${ids.join(" ")}\n`).join("");
  return { text, hash: sha256Hex(text), panels: lines };
}

/** Reads a published list back (for checks and replacements); throws on anything malformed. */
export function parseLotteryList(text: string): string[][] {
  if (text !== "" && !text.endsWith("\n")) throw new PanelInputError({ code: "listWithoutFinalLineBreak" });
  const lines = text === "" ? [] : text.slice(0, -1).split("\n");
  return lines.map((line, i) => {
    const prefix = `${i + 1}: `;
    if (!line.startsWith(prefix)) {
      throw new PanelInputError({ code: "listLinePrefix", params: { line: i + 1, prefix } });
    }
    return line.slice(prefix.length).split(" ");
  });
}

/** Orders strings by UTF-16 code units (for ASCII ids: byte order), as the published list does. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareIdLists(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareCodeUnits(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
