import { describe, expect, it } from "vitest";
import { compareDrafts, MAX_DRAFT_BYTES, readDraft, wordingDifference } from "./draft-text";

const draft = `Vorwort ohne Überschrift.

# Ziele

Berlin wird digitaler.

- offen
- gemeinsam

## Maßnahmen

Wir setzen Maßnahmen um.

> Ein Zitat.
`;

function sectionsOf(markdown: string) {
  const reading = readDraft(markdown);
  if (!reading.ok) throw new Error(reading.message);
  return reading.sections;
}

describe("reading a draft", () => {
  it("numbers sections at each heading and paragraphs within them", () => {
    expect(sectionsOf(draft)).toEqual([
      { number: 0, heading: null, paragraphs: [{ number: "0.1", markdown: "Vorwort ohne Überschrift." }] },
      {
        number: 1,
        heading: "Ziele",
        paragraphs: [
          { number: "1.1", markdown: "Berlin wird digitaler." },
          { number: "1.2", markdown: "- offen\n- gemeinsam" },
        ],
      },
      {
        number: 2,
        heading: "Maßnahmen",
        paragraphs: [
          { number: "2.1", markdown: "Wir setzen Maßnahmen um." },
          { number: "2.2", markdown: "> Ein Zitat." },
        ],
      },
    ]);
  });

  it("refuses an empty text, a binary one, and one that is too large", () => {
    expect(readDraft("  \n")).toEqual({ ok: false, message: "participation.errors.draftEmpty" });
    expect(readDraft("# Nur eine Überschrift")).toEqual({ ok: false, message: "participation.errors.draftEmpty" });
    expect(readDraft("PK\u0003\u0004binary")).toEqual({ ok: false, message: "participation.errors.draftNotText" });
    expect(readDraft("a".repeat(MAX_DRAFT_BYTES + 1))).toEqual({
      ok: false,
      message: "participation.errors.draftLarge",
    });
    expect(readDraft(Array.from({ length: 1001 }, (_, i) => `Absatz ${i}.`).join("\n\n"))).toEqual({
      ok: false,
      message: "participation.errors.draftLong",
    });
  });
});

describe("comparing versions", () => {
  it("matches unchanged paragraphs, pairs a reworded one with its predecessor and lists what was added or removed", () => {
    const before = sectionsOf(draft);
    const after = sectionsOf(
      draft
        .replace("Berlin wird digitaler.", "Berlin wird digitaler und offener.")
        .replace("> Ein Zitat.\n", "")
        .concat("\nNeu am Ende.\n"),
    );
    const comparison = compareDrafts(before, after);
    expect(comparison.paragraphs.map((p) => [p.kind, p.number, "before" in p ? p.before : null])).toEqual([
      ["unchanged", "0.1", "0.1"],
      ["changed", "1.1", "1.1"],
      ["unchanged", "1.2", "1.2"],
      ["unchanged", "2.1", "2.1"],
      ["changed", "2.2", "2.2"],
    ]);
    const reworded = comparison.paragraphs[1];
    expect(
      reworded?.kind === "changed" && reworded.words.filter((w) => w.change === "added").map((w) => w.text.trim()),
    ).toEqual(["und offener"]);
    expect(comparison.removed).toEqual([]);
  });

  it("counts a paragraph as added or removed when nothing takes its place", () => {
    const before = sectionsOf("Eins.\n\nZwei.\n\nDrei.");
    expect(compareDrafts(before, sectionsOf("Eins.\n\nDrei."))).toEqual({
      paragraphs: [
        { kind: "unchanged", number: "0.1", before: "0.1" },
        { kind: "unchanged", number: "0.2", before: "0.3" },
      ],
      removed: ["0.2"],
    });
    expect(compareDrafts(before, sectionsOf("Eins.\n\nZwei.\n\nDrei.\n\nVier.")).paragraphs.at(-1)).toEqual({
      kind: "added",
      number: "0.4",
    });
  });

  it("shows a proposed wording word by word", () => {
    expect(wordingDifference("Die Stadt plant", "Die Stadt baut")).toEqual([
      { text: "Die Stadt ", change: "kept" },
      { text: "plant", change: "removed" },
      { text: "baut", change: "added" },
    ]);
  });
});
