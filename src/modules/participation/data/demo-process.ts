import type { Executor } from "../../../platform/db/database";
import type { Method } from "../domain/process";
import type { Bilingual } from "../domain/survey";
import { participationPhases, participationProcesses } from "./schema";

/** Whether any process exists (the demo process is seeded only into an empty module). */
export async function hasAnyProcess(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: participationProcesses.id }).from(participationProcesses).limit(1);
  return rows.length > 0;
}

/** Stores the demo process, marked as demo content, with its phases. */
export async function insertDemoProcess(
  tx: Executor,
  process: { slug: string; title: Bilingual; summary: Bilingual; organisation: string; contact: string },
  phases: ReadonlyArray<{ method: Method; startsAt: Date; endsAt: Date }>,
  now: Date,
): Promise<string> {
  const [row] = await tx
    .insert(participationProcesses)
    .values({
      ...process,
      subjectKind: "strategy",
      visibility: "public",
      demo: true,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: participationProcesses.id });
  if (!row) throw new Error("demo process not stored");
  await tx
    .insert(participationPhases)
    .values(phases.map((phase, position) => ({ processId: row.id, position, ...phase })));
  return row.id;
}
