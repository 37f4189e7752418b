/**
 * One permission check for the whole platform: `can(actor, action, resource)`. Each module declares
 * its actions in its manifest (module.ts); the table of who may do what lives there, not in code
 * scattered over routes.
 */
const globalRoles = ["resident", "moderator", "strategy_office", "administrator"] as const;
export type GlobalRole = (typeof globalRoles)[number];

export interface RoleGrant {
  role: string;
  scopeType: string | null;
  scopeId: string | null;
}

export type Actor =
  | { kind: "guest" }
  | { kind: "user"; id: string; label: string; grants: RoleGrant[] }
  | { kind: "system"; label: string };

export interface Resource {
  type: string;
  id: string;
}

export interface ActionRule {
  /** Global roles that may perform the action ("resident" means every signed-in account). */
  roles: GlobalRole[];
  /** Scoped roles that grant the action on the object they are scoped to. */
  scopedRoles?: string[];
  /** Whether a visitor without an account may perform it. */
  guests?: boolean;
}

const actions = new Map<string, ActionRule>();

export function defineActions(rules: Record<string, ActionRule>): void {
  for (const [name, rule] of Object.entries(rules)) {
    if (actions.has(name)) throw new Error(`action ${name} is declared twice`);
    actions.set(name, rule);
  }
}

export function declaredActions(): ReadonlyMap<string, ActionRule> {
  return actions;
}

/** Every scoped role some declared action honours (e.g. `team_member`), sorted. */
export function declaredScopedRoles(): string[] {
  const roles = new Set<string>();
  for (const rule of actions.values()) for (const role of rule.scopedRoles ?? []) roles.add(role);
  return [...roles].sort();
}

/**
 * Whether the actor may perform the action (on the resource). Administrators may do everything;
 * the system actor (CLI, seeds, jobs) too. Unknown actions are always refused, so a typo fails closed.
 */
export function can(actor: Actor, action: string, resource?: Resource): boolean {
  const rule = actions.get(action);
  if (!rule) return false;
  if (actor.kind === "system") return true;
  if (actor.kind === "guest") return rule.guests === true;
  const held = actor.grants;
  if (held.some((g) => g.role === "administrator" && g.scopeType === null)) return true;
  if (rule.roles.includes("resident")) return true;
  if (held.some((g) => g.scopeType === null && (rule.roles as string[]).includes(g.role))) return true;
  if (resource && rule.scopedRoles) {
    return held.some(
      (g) => rule.scopedRoles?.includes(g.role) && g.scopeType === resource.type && g.scopeId === resource.id,
    );
  }
  return false;
}

export function hasRole(actor: Actor, role: GlobalRole): boolean {
  return actor.kind === "user" && actor.grants.some((g) => g.role === role && g.scopeType === null);
}
