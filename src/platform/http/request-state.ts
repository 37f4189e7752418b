import { randomUUID } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { requestCounters } from "../cache/change-counters";
import { defaultLocale, isLocale, type Locale, negotiateLocale, translator } from "../i18n/i18n";
import { readSessionCached } from "../identity/sessions";
import { hmac, newToken } from "../security/tokens";
import { readCookie, writeCookie } from "./cookies";
import type { AppEnv } from "./env";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** Keeps the language for this browser while nobody is signed in (after logging out, too). */
export function rememberBrowserLanguage(c: Context<AppEnv>, locale: Locale): void {
  writeCookie(c, c.get("deps").config, "lang", locale, ONE_YEAR);
}

/**
 * Establishes who is asking and in which language, before any route runs:
 * request id, session, CSRF token, locale (?lang= > account > cookie > Accept-Language > German).
 */
export function requestState(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const deps = c.get("deps");
    const { config } = deps;
    const requestId = randomUUID();
    const now = deps.clock();

    const sessionToken = readCookie(c, config, "session");
    // The identity counter is read first: a session kept by this process is used only if nothing
    // that could end or change it was committed, by any process, before this request arrived.
    const session = sessionToken
      ? await readSessionCached(deps.database.db, sessionToken, now, (await requestCounters(c)).identity)
      : null;

    let csrfSeed = readCookie(c, config, "csrf");
    if (!csrfSeed) {
      csrfSeed = newToken(deps.random, 16);
      writeCookie(c, config, "csrf", csrfSeed);
    }

    const queryLang = c.req.query("lang");
    let locale: Locale;
    if (isLocale(queryLang)) {
      // Only this answer (and the cookie a visitor without an account keeps) follows ?lang=: a GET
      // changes nothing stored, so a link from another site cannot change an account's language.
      // The account's language changes on the profile form.
      locale = queryLang;
      rememberBrowserLanguage(c, queryLang);
    } else {
      const cookieLang = readCookie(c, config, "lang");
      locale =
        session?.user.locale ??
        (isLocale(cookieLang) ? cookieLang : undefined) ??
        negotiateLocale(c.req.header("accept-language")) ??
        defaultLocale;
    }

    c.set("state", {
      requestId,
      locale,
      t: translator(locale),
      actor: session
        ? { kind: "user", id: session.user.id, label: session.user.displayName, grants: [...session.grants] }
        : { kind: "guest" },
      user: session ? { ...session.user, locale: session.user.locale } : null,
      sessionIdHash: session?.idHash ?? null,
      secondFactorAt: session?.secondFactorAt ?? null,
      csrfToken: hmac(deps.csrfKey, csrfSeed),
    });
    c.header("X-Request-Id", requestId);
    await next();
  };
}
