import type { Context } from "hono";
import type { Deps } from "../deps";
import type { Locale, Translate } from "../i18n/i18n";
import type { Actor } from "../permissions/permissions";

export interface CurrentUser {
  id: string;
  email: string | null;
  displayName: string;
  locale: Locale;
  emailVerified: boolean;
}

/** What every request carries once the platform middleware ran. */
export interface RequestState {
  requestId: string;
  locale: Locale;
  t: Translate;
  actor: Actor;
  user: CurrentUser | null;
  /** Hash of the session id, when signed in (to log out, or to rotate). */
  sessionIdHash: string | null;
  /** When the session passed the second factor (or set it up); null for the password alone or a guest. */
  secondFactorAt: Date | null;
  csrfToken: string;
}

export type AppEnv = { Variables: { deps: Deps; state: RequestState } };
export type AppContext = Context<AppEnv>;
