import type { AuditRecord } from "../../../platform/audit/queries";

/** An account as the administration area lists it. */
export interface UserSummary {
  id: string;
  email: string | null;
  displayName: string;
  emailVerifiedAt: Date | null;
  createdAt: Date;
  deletedAt: Date | null;
}

/** A stored role of an account (the implicit resident role is never stored). */
export interface StoredGrant {
  id: string;
  role: string;
  scopeType: string | null;
  scopeId: string | null;
  createdAt: Date;
}

export type UserListItem = UserSummary & { grants: StoredGrant[] };

export interface AuditListItem extends AuditRecord {
  /** The e-mail address of the acting account, when it still exists. */
  actorEmail: string | null;
  /** For entries about an account: its e-mail address, when it still exists. */
  objectEmail: string | null;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
