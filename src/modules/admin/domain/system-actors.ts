/**
 * The platform's own actors, which work without an account, are stored by a technical label. People
 * know them by what did the work; several labels may stand for the same kind of work.
 */
export const systemActorGroups = {
  commandLine: ["cli", "system"],
  demo: ["seed", "demo seed"],
  selectionJob: ["panel selection job"],
  deletion: ["panel retention", "budget eligibility purge"],
} as const satisfies Record<string, readonly string[]>;

export type SystemActorGroup = keyof typeof systemActorGroups;
export const systemActorGroupNames = Object.keys(systemActorGroups) as SystemActorGroup[];

/** The kind of work behind a stored label, or null for a label of no known kind. */
export function systemActorGroup(label: string): SystemActorGroup | null {
  const lowered = label.toLowerCase();
  for (const group of systemActorGroupNames) {
    if ((systemActorGroups[group] as readonly string[]).includes(lowered)) return group;
  }
  return null;
}
