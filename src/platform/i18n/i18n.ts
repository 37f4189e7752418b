/**
 * Message catalogues and translation. German is the source language: every module writes its
 * German catalogue first and the English one must have exactly the same keys (a test checks it).
 */
export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

export type Catalogue = Record<string, string>;
export type Catalogues = Record<Locale, Catalogue>;
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const registered: Catalogues = { de: {}, en: {} };

/** Adds a module's messages. Keys are namespaced by the module ("auth.login.title"). */
export function registerMessages(messages: Catalogues): void {
  for (const locale of locales) Object.assign(registered[locale], messages[locale]);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

function interpolate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * A translator for one locale. An unknown key falls back to German, then to the key itself, so a
 * text passed through (for example a message that is already translated) still shows.
 */
export function translator(locale: Locale): Translate {
  return (key, params) => interpolate(registered[locale][key] ?? registered.de[key] ?? key, params);
}

/** Content stored in several languages, e.g. `{ de: "…", en: "…" }`: picks one, falling back to German. */
export type LocalizedText = Partial<Record<Locale, string | null>>;
export function localized(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return "";
  return text[locale] || text.de || Object.values(text).find((v) => v) || "";
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(header: string | undefined | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}
