import type { PageContext } from "../../../ui/page-context";

type T = PageContext["t"];

function known(t: T, key: string): string | null {
  const text = t(key);
  return text === key ? null : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A field's name for people ("Rollen"), or the field itself when it has none yet. */
export function fieldLabel(t: T, field: string): string {
  return known(t, `audit.field.${field}`) ?? field;
}

/** `team_member @ measure/smart-water` → "Team der Maßnahme (Maßnahme „smart-water“)"; `moderator` → "Moderation". */
function grantLabel(t: T, code: string): string | null {
  const match = code.match(/^([a-z_]+)(?: @ ([a-z_]+)\/(.+))?$/);
  if (!match) return null;
  const role = known(t, `roles.${match[1]}`);
  if (!role) return null;
  if (!match[2]) return role;
  const type = known(t, `scopeTypes.${match[2]}`) ?? match[2];
  return `${role} (${t("admin.roles.scopeOne", { type, id: match[3] ?? "" })})`;
}

/**
 * Counts as a sentence: `{ created: 0, updated: 2, unchanged: 18 }` → "2 geändert, 18 unverändert".
 * Null when the record is not a set of counts.
 */
function countsSentence(t: T, value: Record<string, unknown>): string | null {
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([, n]) => typeof n === "number")) return null;
  const parts = entries
    .filter(([, n]) => n !== 0)
    .map(([key, n]) => known(t, `audit.count.${key}`)?.replace("{n}", String(n)) ?? `${fieldLabel(t, key)}: ${n}`);
  return parts.length > 0 ? parts.join(", ") : t("audit.count.none");
}

/**
 * One value of an audit entry as a person reads it: role codes become role names, known codes
 * (statuses, languages, methods) their labels, counts a sentence, lists and records readable lines.
 * Null for "nothing".
 */
export function auditValue(t: T, field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return t(value ? "audit.value.yes" : "audit.value.no");
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") {
    if (field === "roles" || field === "role") return grantLabel(t, value) ?? value;
    return known(t, `audit.value.${field}.${value}`) ?? known(t, `audit.value.${value}`) ?? value;
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => auditValue(t, field, v)).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(", ") : null;
  }
  if (isRecord(value)) {
    const counts = countsSentence(t, value);
    if (counts) return counts;
    const parts = Object.entries(value)
      .map(([key, inner]) => [key, auditValue(t, key, inner)] as const)
      .filter(([, inner]) => inner !== null)
      .map(([key, inner]) => `${fieldLabel(t, key)}: ${inner}`);
    return parts.length > 0 ? parts.join("; ") : null;
  }
  return String(value);
}
