/**
 * What participants may ask for at registration so they can take part. The organiser sees only how
 * many asked for each (never who), and the answers are erased some time after the event.
 */
export const accessNeeds = [
  "sign_language",
  "step_free",
  "childcare",
  "plain_language",
  "hearing_loop",
  "other",
] as const;
export type AccessNeed = (typeof accessNeeds)[number];

/** How many active registrations asked for each need, in the vocabulary's order. */
export function accessNeedCounts(
  registrations: ReadonlyArray<{ needs: readonly string[] }>,
): Record<AccessNeed, number> {
  const counts = Object.fromEntries(accessNeeds.map((need) => [need, 0])) as Record<AccessNeed, number>;
  for (const registration of registrations) {
    for (const need of new Set(registration.needs)) {
      if ((accessNeeds as readonly string[]).includes(need)) counts[need as AccessNeed] += 1;
    }
  }
  return counts;
}

/** When an event's access needs are erased: `days` whole days after it ended. */
export function accessNeedsErasedAt(endsAt: Date, days: number): Date {
  return new Date(endsAt.getTime() + Math.max(0, days) * 24 * 60 * 60 * 1000);
}
