import { and, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { isLocale } from "../../../platform/i18n/i18n";
import { users } from "../../../platform/identity/schema";
import type { Participant } from "../domain/workshop";

/** The accounts among the ids that still exist. */
export async function participantsAmong(db: Executor, ids: readonly string[]): Promise<Map<string, Participant>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      locale: users.locale,
      email: users.email,
      verifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(and(inArray(users.id, [...ids]), isNull(users.deletedAt)));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        displayName: r.displayName,
        locale: isLocale(r.locale) ? r.locale : "de",
        mailTo: r.email && r.verifiedAt ? r.email : null,
      },
    ]),
  );
}
