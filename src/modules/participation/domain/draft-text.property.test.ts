import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDrafts, paragraphsOf, readDraft } from "./draft-text";

const paragraph = fc.constantFrom("Eins.", "Zwei.", "Drei.", "Vier.", "Fünf.", "Sechs.", "Sieben.");
const draftText = fc.array(paragraph, { minLength: 1, maxLength: 12 }).map((parts) => parts.join("\n\n"));

function sectionsOf(markdown: string) {
  const reading = readDraft(markdown);
  if (!reading.ok) throw new Error(reading.message);
  return reading.sections;
}

describe("comparing versions (properties)", () => {
  it("accounts for every paragraph of both versions exactly once, and unchanged means the same text", () => {
    fc.assert(
      fc.property(draftText, draftText, (a, b) => {
        const before = paragraphsOf(sectionsOf(a));
        const after = paragraphsOf(sectionsOf(b));
        const comparison = compareDrafts(sectionsOf(a), sectionsOf(b));
        expect(comparison.paragraphs.map((p) => p.number)).toEqual(after.map((p) => p.number));
        const predecessors = comparison.paragraphs.flatMap((p) => ("before" in p ? [p.before] : []));
        expect([...predecessors, ...comparison.removed].sort()).toEqual(before.map((p) => p.number).sort());
        for (const p of comparison.paragraphs) {
          if (p.kind !== "unchanged") continue;
          expect(after.find((q) => q.number === p.number)?.markdown).toBe(
            before.find((q) => q.number === p.before)?.markdown,
          );
        }
      }),
    );
  });
});
