import type { Translate } from "../../../platform/i18n/i18n";

/**
 * The name to show for an account: its display name, or "deleted account" (in the reader's
 * language) once it is deleted. Every module shows authors through this.
 */
export function accountName(
  account: { displayName: string; deletedAt: Date | null } | null | undefined,
  t: Translate,
): string {
  if (!account || account.deletedAt || account.displayName === "") return t("auth.deletedAccount");
  return account.displayName;
}
