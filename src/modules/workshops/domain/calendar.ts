import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

/**
 * Events as an iCalendar file (RFC 5545): the feed of all events, a measure's feed, and the file a
 * participant gets with the confirmation. A pure function of the events: the time stamps are the
 * events' own, so the same events give the same file.
 */
export interface CalendarEvent {
  id: string;
  title: string;
  /** Plain text: what the event is about, with the address of its page. */
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** The venue's address, or a word for an online event. */
  location: string;
  url: string;
  cancelled: boolean;
  updatedAt: Date;
}

export interface CalendarOptions {
  /** The calendar's name, as calendar programs show it. */
  name: string;
  /** The site's host, for identifiers that stay the same across files (`<id>@<host>`). */
  host: string;
  /** A personal file says REQUEST (an invitation) or, for an event called off, CANCEL; a feed says PUBLISH. */
  method: "publish" | "request" | "cancel";
}

const calendarMethods = {
  publish: ICalCalendarMethod.PUBLISH,
  request: ICalCalendarMethod.REQUEST,
  cancel: ICalCalendarMethod.CANCEL,
} as const;

export function workshopCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Gemeinsam", product: "workshops", language: "DE" },
    method: calendarMethods[options.method],
  });
  for (const event of events) {
    calendar.createEvent({
      id: `${event.id}@${options.host}`,
      start: event.startsAt,
      end: event.endsAt,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      summary: event.title,
      description: event.description,
      location: event.location,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
