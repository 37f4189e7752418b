import type { AppContext, CurrentUser } from "../platform/http/env";
import type { Locale, Translate } from "../platform/i18n/i18n";
import { hasRole } from "../platform/permissions/permissions";
import type { City } from "../platform/reference-data";

/** What a view needs to know about the request: language, translator, who is signed in, where we are. */
export interface PageContext {
  t: Translate;
  locale: Locale;
  user: CurrentUser | null;
  isAdmin: boolean;
  /** Works in the strategy office (or administers): sees the office's start page in the header. */
  isOffice?: boolean;
  csrfToken: string;
  /** Path and query of the current page, to build the language switch links. */
  url: URL;
  requestId: string;
  /** The city the platform runs for: its districts and stakeholder groups for choices and maps. */
  city: City;
}

export function pageContext(c: AppContext): PageContext {
  const state = c.get("state");
  return {
    t: state.t,
    locale: state.locale,
    user: state.user,
    isAdmin: hasRole(state.actor, "administrator"),
    isOffice: hasRole(state.actor, "strategy_office") || hasRole(state.actor, "administrator"),
    csrfToken: state.csrfToken,
    url: new URL(c.req.url),
    requestId: state.requestId,
    city: c.get("deps").city,
  };
}

/** The current URL with `lang` set, keeping every other query parameter. */
export function urlWithLang(url: URL, locale: Locale): string {
  const next = new URL(url);
  next.searchParams.set("lang", locale);
  return `${next.pathname}${next.search}`;
}

/** The current URL without `lang`, keeping every other query parameter. */
export function urlWithoutLang(url: URL): string {
  const next = new URL(url);
  next.searchParams.delete("lang");
  return `${next.pathname}${next.search}`;
}
