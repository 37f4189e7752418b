import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import { exponentialBackOff, type ScheduledJobHandler, schedule } from "../../../platform/jobs/scheduled";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase, type UseCaseContext } from "../../../platform/use-case/use-case";
import { eraseAccessNeeds, markReminded, registrationsToRemind } from "../data/registrations";
import { findWorkshop } from "../data/workshops";
import { accessNeedsErasedAt } from "../domain/access-needs";
import type { StoredWorkshop } from "../domain/workshop";
import { queueRegistrationMails } from "./registration-mail";

/*
 * The two jobs of an event, scheduled when it is created or changed (ADR 0017): the reminder a day
 * before the start, and the erasure of the access needs some days after the end (the setting
 * WORKSHOP_ACCESS_NEEDS_RETENTION_DAYS). Both are keyed by the event, so a change moves them.
 */
export const REMIND_JOB = "workshops.remind";
export const ERASE_NEEDS_JOB = "workshops.erase-access-needs";

export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;
/** Reminder mails written per run; a larger event takes several runs, one after the other. */
const REMINDERS_PER_RUN = 200;

const jobActor: Actor = { kind: "system", label: "workshop jobs" };

export function reminderTime(workshop: Pick<StoredWorkshop, "startsAt">, now: Date): Date {
  const at = new Date(workshop.startsAt.getTime() - REMINDER_BEFORE_MS);
  return at.getTime() < now.getTime() ? now : at;
}

export function erasureTime(deps: Deps, workshop: Pick<StoredWorkshop, "endsAt">): Date {
  return accessNeedsErasedAt(workshop.endsAt, deps.config.WORKSHOP_ACCESS_NEEDS_RETENTION_DAYS);
}

/** Schedules (or moves) both jobs of an event, inside the use case that changed it. */
export async function scheduleWorkshopJobs(ctx: UseCaseContext, workshop: StoredWorkshop): Promise<void> {
  if (workshop.startsAt.getTime() > ctx.now.getTime())
    await schedule(ctx.tx, {
      name: REMIND_JOB,
      key: workshop.id,
      runAt: reminderTime(workshop, ctx.now),
      replaceRunAt: true,
    });
  await schedule(ctx.tx, {
    name: ERASE_NEEDS_JOB,
    key: workshop.id,
    runAt: erasureTime(ctx.deps, workshop),
    replaceRunAt: true,
  });
}

const jobInput = z.object({ id: z.uuid() });

/** Writes one batch of reminders; answers whether more are left. */
export const sendReminders = defineUseCase({
  action: "workshops.remind",
  input: jobInput,
  run: async (ctx, input) => {
    const workshop = await findWorkshop(ctx.tx, input.id);
    // A called-off or already started event is reminded of no more.
    if (!workshop || workshop.cancelledAt || workshop.startsAt.getTime() <= ctx.now.getTime())
      return {
        result: { more: false, sent: 0 },
        audit: { action: "workshops.remind", objectType: "workshop", objectId: input.id },
      };
    const due = await registrationsToRemind(ctx.tx, workshop.id, REMINDERS_PER_RUN);
    await markReminded(
      ctx.tx,
      due.map((r) => r.id),
      ctx.now,
    );
    await queueRegistrationMails(
      ctx,
      workshop,
      due.map((registration) => ({ registration, kind: "reminder" as const })),
    );
    return {
      result: { more: due.length === REMINDERS_PER_RUN, sent: due.length },
      audit: {
        action: "workshops.remind",
        objectType: "workshop",
        objectId: workshop.id,
        after: { reminded: due.length },
      },
    };
  },
});

/** Erases the access needs of an event once its time has come (a moved event moves the time). */
export const eraseEventAccessNeeds = defineUseCase({
  action: "workshops.eraseAccessNeeds",
  input: jobInput,
  run: async (ctx, input) => {
    const workshop = await findWorkshop(ctx.tx, input.id);
    const due = workshop ? erasureTime(ctx.deps, workshop) : ctx.now;
    if (workshop && due.getTime() <= ctx.now.getTime()) await eraseAccessNeeds(ctx.tx, workshop.id, ctx.now);
    return {
      result: { next: workshop && due.getTime() > ctx.now.getTime() ? due : null },
      audit: { action: "workshops.eraseAccessNeeds", objectType: "workshop", objectId: input.id },
    };
  },
});

const backOff = exponentialBackOff(60_000, 60 * 60 * 1000);

export const remindHandler: ScheduledJobHandler = {
  name: REMIND_JOB,
  leaseMs: 5 * 60 * 1000,
  backOff,
  run: async (deps, job) => {
    const { more } = await sendReminders(deps, { actor: jobActor }, { id: job.key });
    return { nextRunAt: more ? deps.clock() : null };
  },
};

export const eraseNeedsHandler: ScheduledJobHandler = {
  name: ERASE_NEEDS_JOB,
  leaseMs: 5 * 60 * 1000,
  backOff,
  run: async (deps, job) => {
    const { next } = await eraseEventAccessNeeds(deps, { actor: jobActor }, { id: job.key });
    return { nextRunAt: next };
  },
};
