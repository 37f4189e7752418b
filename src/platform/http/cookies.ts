import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Config } from "../config/config";

/**
 * Cookie names and attributes in one place. With secure cookies (the default) the names carry the
 * `__Host-` prefix, which browsers accept only with Secure, Path=/ and no Domain — so the cookie can't
 * be set or read by another subdomain. Browsers treat http://localhost as secure, so this works in
 * development too.
 */
function name(config: Config, base: string): string {
  return config.SECURE_COOKIES ? `__Host-${base}` : base;
}

const attributes = (config: Config) => ({
  path: "/",
  secure: config.SECURE_COOKIES,
  httpOnly: true,
  sameSite: "Lax" as const,
});

export const cookieNames = {
  session: (config: Config) => name(config, "gemeinsam_session"),
  csrf: (config: Config) => name(config, "gemeinsam_csrf"),
  lang: (config: Config) => name(config, "gemeinsam_lang"),
  /** Between a correct password and the second factor (see identity/pending-login.ts). */
  pendingLogin: (config: Config) => name(config, "gemeinsam_pending_login"),
  /** A random key per browser, so an anonymous survey is answered once per browser (participation). */
  surveyKey: (config: Config) => name(config, "gemeinsam_survey"),
};

export function readCookie(c: Context, config: Config, key: keyof typeof cookieNames): string | undefined {
  return getCookie(c, cookieNames[key](config));
}

export function writeCookie(
  c: Context,
  config: Config,
  key: keyof typeof cookieNames,
  value: string,
  maxAgeSeconds?: number,
): void {
  setCookie(c, cookieNames[key](config), value, { ...attributes(config), maxAge: maxAgeSeconds });
}

export function clearCookie(c: Context, config: Config, key: keyof typeof cookieNames): void {
  deleteCookie(c, cookieNames[key](config), attributes(config));
}
