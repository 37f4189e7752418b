/**
 * A workshop (the strategy's "Maßnahmenwerkstatt", or any event on a measure, an Arena entry or a
 * participation process): where and how it happens, how many people can take part, and what the
 * public and the registered participants may see of it. Pure: no clock, the moment is passed in.
 */

/** How the event takes place. */
export const workshopFormats = ["on_site", "online", "hybrid"] as const;
export type WorkshopFormat = (typeof workshopFormats)[number];

/** How one participant takes part; a hybrid event offers both, each with its own seats. */
export const participationModes = ["on_site", "online"] as const;
export type ParticipationMode = (typeof participationModes)[number];

/** The ways of taking part an event of this format offers. */
export function modesOf(format: WorkshopFormat): ParticipationMode[] {
  if (format === "hybrid") return ["on_site", "online"];
  return [format];
}

/** The seats of each way of taking part (null where the format does not offer it). */
export interface Capacities {
  onSite: number | null;
  online: number | null;
}

export function capacityOf(capacities: Capacities, mode: ParticipationMode): number | null {
  return mode === "on_site" ? capacities.onSite : capacities.online;
}

/**
 * The online link is for registered participants only, and only shortly before the start (so a
 * link passed on weeks ahead does not fill the room with strangers) until the event ends.
 */
export const ONLINE_LINK_OPENS_BEFORE_MS = 30 * 60 * 1000;

export function onlineLinkVisible(
  event: { startsAt: Date; endsAt: Date },
  participant: { status: RegistrationStatus; mode: ParticipationMode } | null,
  now: Date,
): boolean {
  if (participant?.status !== "registered" || participant.mode !== "online") return false;
  return (
    now.getTime() >= event.startsAt.getTime() - ONLINE_LINK_OPENS_BEFORE_MS && now.getTime() <= event.endsAt.getTime()
  );
}

/** Where a registration stands: a seat, a place on the waiting list, or given back. */
export const registrationStatuses = ["registered", "waiting", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Registration is open until the event starts, unless the event was called off. */
export function registrationOpen(event: { startsAt: Date; cancelledAt: Date | null }, now: Date): boolean {
  return event.cancelledAt === null && now.getTime() < event.startsAt.getTime();
}

/** Whether the event is over, so its organisers can record who came and what came out of it. */
export function isOver(event: { endsAt: Date }, now: Date): boolean {
  return now.getTime() >= event.endsAt.getTime();
}

/** A small group of an event (a table, a breakout room) with its topic. */
export interface WorkshopGroup {
  id: string;
  topic: string;
}

/** An event as the module reads it. */
export interface StoredWorkshop {
  id: string;
  title: string;
  description: string | null;
  agenda: string | null;
  format: WorkshopFormat;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  accessibility: string | null;
  onlineUrl: string | null;
  capacities: { onSite: number | null; online: number | null };
  measureSlug: string | null;
  arenaEntryNumber: number | null;
  processId: string | null;
  cancelledAt: Date | null;
  attendance: { onSite: number | null; online: number | null };
  summary: string | null;
  results: string | null;
  followUps: string[];
  documentedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** How many have a seat and how many wait, per way of taking part. */
export interface SeatCounts {
  registered: Record<ParticipationMode, number>;
  waiting: Record<ParticipationMode, number>;
}

/** The type under which follows and notifications name an event. */
export const WORKSHOP_TYPE = "workshop";

export const workshopPath = (id: string) => `/workshops/${id}`;

/** What a mail to a participant needs to know about them. */
export interface Participant {
  id: string;
  displayName: string;
  locale: "de" | "en";
  /** Null when the address is missing or not confirmed: such an account gets no mail. */
  mailTo: string | null;
}
