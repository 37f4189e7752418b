import { and, asc, desc, eq, isNull, or } from "drizzle-orm";
import { auditLog } from "../../../platform/audit/schema";
import type { Executor } from "../../../platform/db/database";
import {
  apiTokens,
  emailTokens,
  recoveryCodes,
  roleAssignments,
  sessions,
  twoFactorCredentials,
  users,
} from "../../../platform/identity/schema";
import { mailOutbox } from "../../../platform/mail/schema";

/**
 * What the platform's tables hold about one account, for "download my data"; null when there is no
 * such account. Secrets are left out: no password hash, no session ids, no token hashes.
 */
export async function accountRecords(db: Executor, userId: string, currentSessionIdHash: string | null, now: Date) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const roles = await db
    .select({
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
      since: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.createdAt));
  const sessionRows = await db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.createdAt));
  const tokens = await db
    .select({
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
  const links = await db
    .select({
      purpose: emailTokens.purpose,
      email: emailTokens.email,
      createdAt: emailTokens.createdAt,
      expiresAt: emailTokens.expiresAt,
      usedAt: emailTokens.usedAt,
    })
    .from(emailTokens)
    .where(eq(emailTokens.userId, userId))
    .orderBy(desc(emailTokens.createdAt));
  const [credential] = await db
    .select({ createdAt: twoFactorCredentials.createdAt, confirmedAt: twoFactorCredentials.confirmedAt })
    .from(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId));
  const codes = await db
    .select({ usedAt: recoveryCodes.usedAt })
    .from(recoveryCodes)
    .where(eq(recoveryCodes.userId, userId));
  const audit = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(eq(auditLog.actorId, userId))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
  const mails = await db
    .select({
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    // Mails about this account, and mails about no account that went to its address (never mails
    // about another account that once had the same address).
    .where(
      user.email
        ? or(eq(mailOutbox.userId, userId), and(isNull(mailOutbox.userId), eq(mailOutbox.to, user.email)))
        : eq(mailOutbox.userId, userId),
    )
    .orderBy(desc(mailOutbox.createdAt));

  return {
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      email: user.email,
      emailVerifiedAt: user.emailVerifiedAt,
      displayName: user.displayName,
      preferredLanguage: user.locale,
      district: user.district,
      stakeholderGroup: user.stakeholderGroup,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    roles: [{ role: "resident", scopeType: null, scopeId: null, since: user.createdAt }, ...roles],
    sessions: sessionRows.map((s) => ({
      current: s.idHash === currentSessionIdHash,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
    })),
    apiTokens: tokens,
    // Whether an authenticator app is set up, never its key; recovery codes only as counts.
    twoFactor: credential
      ? {
          setUpAt: credential.confirmedAt,
          recoveryCodes: codes.length,
          recoveryCodesUsed: codes.filter((c) => c.usedAt !== null).length,
        }
      : null,
    emailLinks: links,
    auditEntries: audit,
    mails,
  };
}
