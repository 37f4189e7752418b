import { diffArrays, diffWords } from "diff";
import { Marked, type Token } from "marked";

/**
 * A draft for text review: Markdown written or uploaded by the office, split into numbered sections
 * (at each heading) and paragraphs (each block: a paragraph, a list, a quote, a table, a code block),
 * so every paragraph has a number ("2.3"), an anchor and its own comments. A new version of a draft
 * is compared paragraph by paragraph with its predecessor, so the page can show what changed and
 * keep each comment with the paragraph it was made on.
 */

export interface DraftParagraph {
  /** "2.3": section 2, paragraph 3; text before the first heading is section 0. */
  number: string;
  /** The paragraph's Markdown, as written. */
  markdown: string;
}

export interface DraftSection {
  number: number;
  /** The heading's text; null for text before the first heading. */
  heading: string | null;
  paragraphs: DraftParagraph[];
}

/** 200 KB of text: a long strategy document; more is no draft one reads paragraph by paragraph. */
export const MAX_DRAFT_BYTES = 200_000;
export const MAX_PARAGRAPHS = 1_000;

const error = (name: string) => `participation.errors.${name}`;
const lexer = new Marked({ gfm: true, async: false });

/** Blocks that carry no text of their own. */
const skipped = new Set(["space", "hr", "def"]);

export type DraftReading = { ok: true; sections: DraftSection[] } | { ok: false; message: string };

/**
 * Reads a draft. Refused: an empty text, one over `MAX_DRAFT_BYTES`, one with control characters
 * (a binary file sent as text), or one with more than `MAX_PARAGRAPHS` paragraphs.
 */
export function readDraft(markdown: string): DraftReading {
  if (markdown.trim() === "") return { ok: false, message: error("draftEmpty") };
  if (new TextEncoder().encode(markdown).length > MAX_DRAFT_BYTES) return { ok: false, message: error("draftLarge") };
  // Tabs, line feeds and carriage returns are text; every other control character is not, nor is
  // the replacement character a file that is no UTF-8 text turns into.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/.test(markdown)) {
    return { ok: false, message: error("draftNotText") };
  }
  const sections: DraftSection[] = [{ number: 0, heading: null, paragraphs: [] }];
  let count = 0;
  for (const token of lexer.lexer(markdown.replace(/\r\n?/g, "\n")) as Token[]) {
    if (skipped.has(token.type)) continue;
    if (token.type === "heading") {
      sections.push({ number: sections.length, heading: (token as { text: string }).text.trim(), paragraphs: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) continue;
    count += 1;
    if (count > MAX_PARAGRAPHS) return { ok: false, message: error("draftLong") };
    const markdownOfBlock = token.raw.trim();
    if (markdownOfBlock !== "") {
      section.paragraphs.push({
        number: `${section.number}.${section.paragraphs.length + 1}`,
        markdown: markdownOfBlock,
      });
    }
  }
  const kept = sections.filter((section) => section.number > 0 || section.paragraphs.length > 0);
  if (kept.every((section) => section.paragraphs.length === 0)) return { ok: false, message: error("draftEmpty") };
  return { ok: true, sections: kept };
}

/** The paragraphs of a draft in reading order. */
export function paragraphsOf(sections: readonly DraftSection[]): DraftParagraph[] {
  return sections.flatMap((section) => section.paragraphs);
}

/** A word-level difference: text kept, added or removed. */
export type WordChange = { text: string; change: "kept" | "added" | "removed" };

/** How a changed wording differs from the text it would replace, word by word. */
export function wordingDifference(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "kept",
  }));
}

export type ParagraphComparison =
  /** The same text as the predecessor's paragraph `before`. */
  | { kind: "unchanged"; number: string; before: string }
  /** Reworded: it took the place of `before`, with the words that changed. */
  | { kind: "changed"; number: string; before: string; words: WordChange[] }
  | { kind: "added"; number: string };

export interface DraftComparison {
  /** One entry per paragraph of the new version, in its order. */
  paragraphs: ParagraphComparison[];
  /** Paragraphs of the predecessor with no successor (their comments stay on the old version). */
  removed: string[];
}

/**
 * Compares a new version with its predecessor. Paragraphs with the same text are matched in order
 * (a longest common subsequence); between two matches, removed and added paragraphs are paired in
 * order as rewordings, the rest count as added or removed. A comment made on a paragraph of the
 * predecessor belongs to the paragraph that is `unchanged` or `changed` from it.
 */
export function compareDrafts(before: readonly DraftSection[], after: readonly DraftSection[]): DraftComparison {
  const old = paragraphsOf(before);
  const fresh = paragraphsOf(after);
  const parts = diffArrays(
    old.map((p) => p.markdown),
    fresh.map((p) => p.markdown),
  );
  const paragraphs: ParagraphComparison[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  let pendingRemoved: DraftParagraph[] = [];
  const flushRemoved = () => {
    removed.push(...pendingRemoved.map((p) => p.number));
    pendingRemoved = [];
  };
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      pendingRemoved.push(...old.slice(i, i + count));
      i += count;
    } else if (part.added) {
      for (const paragraph of fresh.slice(j, j + count)) {
        const predecessor = pendingRemoved.shift();
        paragraphs.push(
          predecessor
            ? {
                kind: "changed",
                number: paragraph.number,
                before: predecessor.number,
                words: wordingDifference(predecessor.markdown, paragraph.markdown),
              }
            : { kind: "added", number: paragraph.number },
        );
      }
      j += count;
    } else {
      flushRemoved();
      for (let k = 0; k < count; k++) {
        paragraphs.push({ kind: "unchanged", number: fresh[j + k]?.number ?? "", before: old[i + k]?.number ?? "" });
      }
      i += count;
      j += count;
    }
  }
  flushRemoved();
  return { paragraphs, removed };
}
