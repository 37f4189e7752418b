import type { GlobalRole } from "../../../platform/permissions/permissions";

/** The global roles an administrator grants; "resident" comes with every account and is never stored. */
export const assignableGlobalRoles = [
  "moderator",
  "strategy_office",
  "administrator",
] as const satisfies readonly GlobalRole[];

/** How role names and scope types are spelled: lower case, digits and underscores (`team_member`, `measure`). */
export const roleNamePattern = /^[a-z][a-z0-9_]{1,39}$/;
/** A scope id names one object: a slug or a uuid. */
export const scopeIdPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
