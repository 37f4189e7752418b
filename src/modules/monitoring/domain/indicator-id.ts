/**
 * The public id of an indicator use in the API: the measure's slug and the definition's key, joined
 * by a dot ("zentrales-datenmanagement.open-data-sets"). Neither a slug nor a key may hold a dot
 * (both are lower-case words joined by hyphens), so the id splits back without ambiguity, and both
 * stay the same from one version of the logic model to the next (ADR 0020).
 */
const part = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface IndicatorUseId {
  slug: string;
  indicator: string;
}

export function indicatorUseId(slug: string, indicator: string): string {
  return `${slug}.${indicator}`;
}

/** The measure and definition an id names, or null for a text that is no such id. */
export function parseIndicatorUseId(id: string): IndicatorUseId | null {
  if (id.length > 200) return null;
  const [slug, indicator, ...rest] = id.split(".");
  if (rest.length > 0 || slug === undefined || indicator === undefined) return null;
  return part.test(slug) && part.test(indicator) ? { slug, indicator } : null;
}
