import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftParagraphHtml } from "./draft-html";
import { type DraftSection, readDraft } from "./draft-text";
import { firstNumberingMismatch, predecessorNumbers } from "./draft-versions";

function sectionsOf(markdown: string): DraftSection[] {
  const reading = readDraft(markdown);
  if (!reading.ok) throw new Error(reading.message);
  return reading.sections;
}

const german = "# Ziele\n\nBerlin wird digitaler.\n\nGemeinsam mit allen.\n\n# Wege\n\nSchritt für Schritt.\n";
const english = "# Goals\n\nBerlin goes digital.\n\nTogether with everyone.\n\n# Ways\n\nStep by step.\n";

describe("the numbering of both languages", () => {
  it("accepts two languages with the same sections and paragraphs", () => {
    expect(firstNumberingMismatch(sectionsOf(german), sectionsOf(english))).toBeNull();
  });

  it("names the first paragraph only one language has", () => {
    const shorter = "# Goals\n\nBerlin goes digital.\n\n# Ways\n\nStep by step.\n";
    expect(firstNumberingMismatch(sectionsOf(german), sectionsOf(shorter))).toBe("1.2");
    expect(firstNumberingMismatch(sectionsOf(shorter), sectionsOf(german))).toBe("1.2");
  });

  it("names a section with a heading but no paragraphs in one language only", () => {
    const extra = `${english}\n# Outlook\n`;
    expect(firstNumberingMismatch(sectionsOf(german), sectionsOf(extra))).toBe("3");
  });

  it("finds no mismatch between a draft and itself, whatever its shape", () => {
    const block = fc.constantFrom("# Teil", "Ein Absatz.", "- Punkt", "> Zitat", "Noch ein Absatz.");
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 20 }), (blocks) => {
        const reading = readDraft(blocks.join("\n\n"));
        if (!reading.ok) return;
        expect(firstNumberingMismatch(reading.sections, reading.sections)).toBeNull();
      }),
    );
  });
});

describe("the predecessor of each paragraph", () => {
  it("links unchanged and reworded paragraphs to the version before, added ones to none", () => {
    const next =
      "# Ziele\n\nBerlin wird gemeinsam digitaler.\n\nEin neuer Gedanke.\n\nGemeinsam mit allen.\n\n# Wege\n\nSchritt für Schritt.\n";
    const predecessors = predecessorNumbers(sectionsOf(german), sectionsOf(next));
    expect(predecessors.get("1.1")).toBe("1.1");
    expect(predecessors.get("1.3")).toBe("1.2");
    expect(predecessors.get("2.1")).toBe("2.1");
    expect([...predecessors.keys()]).not.toContain("1.2");
  });
});

describe("a paragraph as HTML", () => {
  it("keeps emphasis, lists and tables, with column headings for screen readers", () => {
    expect(draftParagraphHtml("Das ist **wichtig**.")).toBe("<p>Das ist <strong>wichtig</strong>.</p>");
    expect(draftParagraphHtml("| Ziel | Jahr |\n|---|---|\n| A | 2030 |")).toContain('<th scope="col">Ziel</th>');
  });

  it("shows typed HTML as text and drops pictures and unsafe links", () => {
    const typed = draftParagraphHtml("<script>alert(1)</script>");
    expect(typed).not.toContain("<script");
    expect(typed).toContain("&lt;script&gt;");
    const picture = draftParagraphHtml("Siehe ![Karte](https://example.org/a.png) und [hier](javascript:alert(1)).");
    expect(picture).not.toContain("<img");
    expect(picture).not.toContain("javascript:");
    expect(picture).toContain("Karte");
  });
});
