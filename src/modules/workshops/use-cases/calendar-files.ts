import type { Deps } from "../../../platform/deps";
import { type Locale, translator } from "../../../platform/i18n/i18n";
import { type CalendarEvent, workshopCalendar } from "../domain/calendar";
import { type StoredWorkshop, workshopPath } from "../domain/workshop";

/** An event as a calendar entry in the reader's language; the online link stays on the event's page. */
function calendarEventOf(deps: Deps, workshop: StoredWorkshop, locale: Locale): CalendarEvent {
  const t = translator(locale);
  const url = `${deps.config.baseUrl}${workshopPath(workshop.id)}`;
  const place =
    workshop.format === "online"
      ? t("workshops.calendar.online")
      : workshop.format === "hybrid"
        ? t("workshops.calendar.hybrid", { venue: workshop.venue ?? "" })
        : (workshop.venue ?? "");
  return {
    id: workshop.id,
    title: workshop.title,
    description: [workshop.description, t("workshops.calendar.details", { url })].filter(Boolean).join("\n\n"),
    startsAt: workshop.startsAt,
    endsAt: workshop.endsAt,
    location: place,
    url,
    cancelled: workshop.cancelledAt !== null,
    updatedAt: workshop.updatedAt,
  };
}

const hostOf = (deps: Deps) => new URL(deps.config.baseUrl).host;

/**
 * The file a participant gets with a mail: one event, as an invitation, or as its cancellation once
 * called off (calendar programs then take it out).
 */
export function personalCalendar(deps: Deps, workshop: StoredWorkshop, locale: Locale): string {
  return workshopCalendar([calendarEventOf(deps, workshop, locale)], {
    name: workshop.title,
    host: hostOf(deps),
    method: workshop.cancelledAt ? "cancel" : "request",
  });
}

/** A feed of events (all, or a measure's), for calendar programs to subscribe to. */
export function feedCalendar(deps: Deps, workshops: readonly StoredWorkshop[], name: string, locale: Locale): string {
  return workshopCalendar(
    workshops.map((workshop) => calendarEventOf(deps, workshop, locale)),
    { name, host: hostOf(deps), method: "publish" },
  );
}

export const CALENDAR_FILE_NAME = "veranstaltung.ics";
export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";
