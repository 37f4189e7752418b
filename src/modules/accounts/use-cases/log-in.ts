import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { clientAddressField, currentPasswordField, emailField } from "../../../platform/identity/fields";
import { hashPassword, verifyPassword } from "../../../platform/identity/passwords";
import { newPendingLogin } from "../../../platform/identity/pending-login";
import { createSession, destroySession } from "../../../platform/identity/sessions";
import { hasTwoFactor } from "../../../platform/identity/two-factor";
import { addressLimitKey, emailLimitKey } from "../../../platform/mail/account-mail";
import { forgiveAttempt, rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { deleteExpiredSessionsOf } from "../data/sessions";
import { findUserByEmail } from "../data/users";

/** Verified against when the address is unknown, so the answer takes as long as for a known one. */
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword("decoy password that never matches anything");
  return decoyHash;
}

/** The message when the address or the password is wrong; it never says which. */
const LOGIN_FAILED = "auth.login.failed";
/** The message when the password is right but the address is not confirmed yet. */
export const LOGIN_UNVERIFIED = "auth.login.unverified";

/**
 * Wrong passwords slow down the pair (account, client address) and, far above what a shared network
 * produces, the client address; never the account as such, so nobody can lock out someone else.
 */
function loginLimits(email: string, clientAddress: string) {
  return [
    { key: `${emailLimitKey("login", email)}:addr:${clientAddress}`, rule: rateLimitRules.loginPerAccountAndAddress },
    { key: addressLimitKey("login", clientAddress), rule: rateLimitRules.loginPerAddress },
  ];
}

/** A session, or (for an account with an authenticator app) the pending sign-in awaiting its code. */
type LoginResult =
  | { sessionToken: string; pendingLogin: null; userId: string }
  | { sessionToken: null; pendingLogin: string; userId: string };

/**
 * Logs in with e-mail address and password. A new session (new random id) replaces the one the
 * browser had, so an id known before the login is worthless after it.
 */
export const logIn = defineUseCase({
  action: "account.login",
  input: z.object({
    email: emailField,
    password: currentPasswordField,
    clientAddress: clientAddressField,
    previousSessionIdHash: z.string().max(128).nullable().default(null),
  }),
  rateLimit: (input) => loginLimits(input.email, input.clientAddress),
  run: async ({ deps, tx, now, afterCommit }, input) => {
    const user = await findUserByEmail(tx, input.email);
    const matches = user?.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyPassword(await decoy(), input.password)) && false;
    if (!user || !matches) throw new Invalid(LOGIN_FAILED, [{ path: "email", message: LOGIN_FAILED }]);
    if (!user.emailVerifiedAt) throw new Invalid(LOGIN_UNVERIFIED, [{ path: "email", message: LOGIN_UNVERIFIED }]);
    // The right password: this pair's failures are forgotten, the address gets its count back.
    afterCommit(() => forgiveAttempt(deps.database.db, loginLimits(input.email, input.clientAddress), now));

    if (input.previousSessionIdHash) await destroySession(tx, input.previousSessionIdHash);
    await deleteExpiredSessionsOf(tx, user.id, now);
    // With an authenticator app, the password only opens the second step (verify-second-factor.ts).
    if (await hasTwoFactor(tx, user.id)) {
      return {
        result: {
          sessionToken: null,
          pendingLogin: newPendingLogin(deps.csrfKey, user.id, now),
          userId: user.id,
        } as LoginResult,
        audit: { action: "account.login.password", objectType: "user", objectId: user.id },
      };
    }
    const token = await createSession(tx, user.id, now, deps.random);
    return {
      result: { sessionToken: token, pendingLogin: null, userId: user.id } as LoginResult,
      audit: { action: "account.login", objectType: "user", objectId: user.id },
    };
  },
});
