import type { Deps } from "../../../platform/deps";
import { type EmailTokenPurpose, findUsableEmailToken, purposeOf } from "../data/email-tokens";

/**
 * What a link from a mail is for, when it is still usable (unused, unexpired, of one of the
 * purposes); null otherwise. Looking does not use the link up. Anyone holding a link may ask.
 */
export async function mailLinkPurpose(
  deps: Deps,
  token: string,
  purposes: EmailTokenPurpose[],
): Promise<EmailTokenPurpose | null> {
  const link = await findUsableEmailToken(deps.database.db, token, purposes, deps.clock());
  return link ? purposeOf(link) : null;
}
