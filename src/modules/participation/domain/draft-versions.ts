import { compareDrafts, type DraftSection, paragraphsOf } from "./draft-text";

/**
 * The rules between the two languages of a draft and between its versions: both languages have
 * the same sections and paragraphs (a comment on "2.3" is about the same text in either), and each
 * paragraph of a new version names the paragraph of the version before that it continues.
 */

/**
 * The first paragraph number (or section, as "2") that only one language has, in reading order;
 * null when both have the same numbering.
 */
export function firstNumberingMismatch(de: readonly DraftSection[], en: readonly DraftSection[]): string | null {
  const numbers = (sections: readonly DraftSection[]) => [
    ...sections.map((s) => String(s.number)),
    ...paragraphsOf(sections).map((p) => p.number),
  ];
  const inDe = new Set(numbers(de));
  const inEn = new Set(numbers(en));
  const onlyOne = [...inDe].filter((n) => !inEn.has(n)).concat([...inEn].filter((n) => !inDe.has(n)));
  // Reading order: by section, then paragraph; a section ("2") before its paragraphs ("2.1").
  const order = (n: string) => n.split(".").map(Number);
  onlyOne.sort((a, b) => {
    const [sa = 0, pa = 0] = order(a);
    const [sb = 0, pb = 0] = order(b);
    return sa - sb || pa - pb;
  });
  return onlyOne[0] ?? null;
}

/**
 * For each paragraph of the new version (by number), the number of the paragraph of the version
 * before that it continues: unchanged or reworded (compareDrafts); added paragraphs have none.
 */
export function predecessorNumbers(
  before: readonly DraftSection[],
  after: readonly DraftSection[],
): Map<string, string> {
  const predecessors = new Map<string, string>();
  for (const paragraph of compareDrafts(before, after).paragraphs) {
    if (paragraph.kind !== "added") predecessors.set(paragraph.number, paragraph.before);
  }
  return predecessors;
}
