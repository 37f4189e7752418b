import { type SQL, sql } from "drizzle-orm";

/** The words of a search, letters and digits only (so nothing a user types is query syntax). */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return (q.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.toLowerCase());
}

/**
 * The text-search query: every word must match, in German or English stemming, as a word or the
 * start of one ("Wasser" finds "Wasser" and "Wasserbetriebe").
 */
export function tsQuery(words: string[]): SQL {
  const parts = words.map((w) => sql`(to_tsquery('german', ${`${w}:*`}) || to_tsquery('english', ${`${w}:*`}))`);
  return sql.join(parts, sql` && `);
}
