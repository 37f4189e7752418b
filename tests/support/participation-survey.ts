import { participationPhases, participationProcesses } from "../../src/modules/participation/data/schema";
import type { Method } from "../../src/modules/participation/domain/process";
import type { Executor } from "../../src/platform/db/database";

const DAY = 24 * 60 * 60 * 1000;

/**
 * A public process for the survey tests, written straight into its tables: a survey phase from two
 * days before `now` for ten days (or until `surveyEndsAt`), followed by a closing report.
 */
export async function insertSurveyProcess(
  db: Executor,
  options: { slug: string; now: Date; surveyEndsAt?: Date; visibility?: "public" | "invited" },
): Promise<{ id: string; slug: string }> {
  const start = options.now.getTime() - 2 * DAY;
  const surveyDays = options.surveyEndsAt ? (options.surveyEndsAt.getTime() - start) / DAY : 10;
  const [row] = await db
    .insert(participationProcesses)
    .values({
      slug: options.slug,
      title: { de: "WLAN in der Bibliothek", en: "Wi-Fi in the library" },
      summary: { de: "Wir fragen, wie Sie das WLAN nutzen.", en: "We ask how you use the Wi-Fi." },
      subjectKind: "topic",
      subjectTopic: { de: "Öffentliches WLAN", en: "Public Wi-Fi" },
      organisation: "Stabsstelle Smart City",
      contact: "smartcity@example.org",
      visibility: options.visibility ?? "public",
      createdAt: options.now,
      updatedAt: options.now,
    })
    .returning({ id: participationProcesses.id });
  if (!row) throw new Error("process not inserted");
  const phases: Array<{ method: Method; days: number }> = [
    { method: "survey", days: surveyDays },
    { method: "closing-report", days: 30 },
  ];
  let at = start;
  for (const [position, phase] of phases.entries()) {
    const endsAt = at + phase.days * DAY;
    await db.insert(participationPhases).values({
      processId: row.id,
      position,
      method: phase.method,
      startsAt: new Date(at),
      endsAt: new Date(endsAt),
    });
    at = endsAt;
  }
  return { id: row.id, slug: options.slug };
}
