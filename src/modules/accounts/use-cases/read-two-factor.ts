import type { Deps } from "../../../platform/deps";
import { actingUserId } from "../../../platform/identity/acting-user";
import { roleRequiresTwoFactor } from "../../../platform/identity/two-factor";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { sealingKey, unseal } from "../../../platform/security/seal";
import { findCredential, unusedRecoveryCodeCount } from "../data/two-factor";
import { findUserById } from "../data/users";
import { otpauthUri, TOTP_ISSUER, TWO_FACTOR_SEALING_KEY } from "../domain/two-factor";

export type TwoFactorOverview =
  | { status: "off"; required: boolean }
  | { status: "settingUp"; required: boolean; secret: string; uri: string }
  | { status: "on"; required: boolean; unusedRecoveryCodes: number };

/**
 * The signed-in account's second factor: off, being set up (then with the secret, which is shown
 * only until the first code confirms it), or on (with the number of recovery codes left).
 */
export async function readTwoFactor(deps: Deps, actor: Actor): Promise<TwoFactorOverview> {
  requirePermission(actor, "account.twoFactor.enrol");
  const userId = actingUserId(actor);
  const { db } = deps.database;
  const required =
    actor.kind === "user" && roleRequiresTwoFactor(actor.grants, deps.config.GEMEINSAM_2FA_REQUIRED_ROLES);
  const credential = await findCredential(db, userId);
  if (credential?.confirmedAt) {
    return { status: "on", required, unusedRecoveryCodes: await unusedRecoveryCodeCount(db, userId) };
  }
  if (credential) {
    const secret = unseal(await sealingKey(db, TWO_FACTOR_SEALING_KEY, deps.random), credential.secretSealed);
    const user = await findUserById(db, userId);
    if (secret) {
      return { status: "settingUp", required, secret, uri: otpauthUri(secret, TOTP_ISSUER, user?.email ?? userId) };
    }
  }
  return { status: "off", required };
}
