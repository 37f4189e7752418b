import { z } from "zod";
import { defaultTimeZone } from "../../../platform/reference-data";
import { accessNeeds } from "./access-needs";
import { instantOf } from "./local-time";
import { participationModes, workshopFormats } from "./workshop";

/**
 * What the workshop forms send, as the Zod schemas the use cases parse. Forms send text; numbers
 * and times are read here. Every message is a key of the module's catalogue.
 */
const error = (name: string) => `workshops.errors.${name}`;

export const MAX_CAPACITY = 10_000;
export const MAX_GROUPS = 20;
const MAX_TOPIC = 120;

/** An optional text field: trimmed, empty is null. */
function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .optional()
    .transform((text) => text?.trim() ?? "")
    .pipe(z.string().max(max, { error: error(tooLong) }))
    .transform((text) => (text === "" ? null : text));
}

/*
 * The event form's fields are read as text with checks that let the others run too, so one send
 * shows every mistake beside its field; the text becomes numbers and instants once all are right.
 */
const blank = (text: string | undefined) => (text ?? "").trim() === "";
const orNull = (text: string | undefined) => (blank(text) ? null : (text ?? "").trim());

/** An optional text of at most `max` characters. */
const textField = (max: number, tooLong = "textLong") =>
  z
    .string()
    .max(max, { error: error(tooLong) })
    .optional();

const seatsPattern = /^\d{1,5}$/;
/** Seats as typed: empty, or a whole number from 1 to MAX_CAPACITY. */
const seatsField = z
  .string()
  .optional()
  .refine(
    (text) =>
      blank(text) ||
      (seatsPattern.test((text ?? "").trim()) &&
        Number((text ?? "").trim()) >= 1 &&
        Number((text ?? "").trim()) <= MAX_CAPACITY),
    { error: error("capacityNumber") },
  );
const seatsOf = (text: string | undefined) => (blank(text) ? null : Number((text ?? "").trim()));

const isDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
const dayField = z.string({ error: error("day") }).refine((day) => isDay(day.trim()), { error: error("day") });

const timePattern = /^([01]?\d|2[0-3])[:.][0-5]\d$/;
const timeField = z
  .string({ error: error("time") })
  .refine((time) => timePattern.test(time.trim()), { error: error("time") });
/** `9.30` → `09:30`. */
const timeOf = (time: string) => time.trim().replace(".", ":").padStart(5, "0");

const linesOf = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
/** One topic per line; empty lines are ignored. */
const groupsField = z
  .string()
  .optional()
  .refine((text) => linesOf(text).length <= MAX_GROUPS, { error: error("groupsMany") })
  .refine((text) => linesOf(text).every((line) => line.length <= MAX_TOPIC), { error: error("groupTopicLong") });

/** An online meeting's address: https only, so participants' browsers do not warn. */
const onlineUrlField = textField(500, "onlineUrl").refine(
  (url) => blank(url) || (URL.canParse((url ?? "").trim()) && new URL((url ?? "").trim()).protocol === "https:"),
  { error: error("onlineUrl") },
);

/** The Arena entry an event is about, by its public number ("42" or "#42"). */
const entryPattern = /^#?\d{1,9}$/;
const entryField = z
  .string()
  .optional()
  .refine((text) => blank(text) || entryPattern.test((text ?? "").trim()), { error: error("arenaEntry") });

/** The fields of the form that creates or changes an event, checked but not yet read. */
const workshopFields = z
  .object({
    title: z
      .string({ error: error("title") })
      .trim()
      .min(3, { error: error("title") })
      .max(200, { error: error("titleLong") }),
    description: textField(5000),
    agenda: textField(5000),
    format: z.enum(workshopFormats, { error: error("format") }),
    day: dayField,
    startTime: timeField,
    endTime: timeField,
    venue: textField(500),
    accessibility: textField(2000),
    onlineUrl: onlineUrlField,
    capacityOnSite: seatsField,
    capacityOnline: seatsField,
    groups: groupsField,
    /** The measure's address (slug); empty: no measure. */
    measure: textField(200, "measure"),
    arenaEntry: entryField,
    /** The participation process the event belongs to (its id), sent along from the process's page. */
    process: z
      .string()
      .optional()
      .refine((text) => blank(text) || z.uuid().safeParse((text ?? "").trim()).success, { error: error("process") }),
  })
  .superRefine((input, ctx) => {
    const onSite = input.format !== "online";
    const online = input.format !== "on_site";
    const missing = (path: string, name: string) =>
      ctx.addIssue({ code: "custom", path: [path], message: error(name) });
    if (onSite && blank(input.venue)) missing("venue", "venue");
    if (onSite && blank(input.accessibility)) missing("accessibility", "accessibility");
    if (onSite && blank(input.capacityOnSite)) missing("capacityOnSite", "capacityMissing");
    if (online && blank(input.onlineUrl)) missing("onlineUrl", "onlineUrl");
    if (online && blank(input.capacityOnline)) missing("capacityOnline", "capacityMissing");
    const times = [input.startTime, input.endTime].map((time) => time.trim());
    if (times.every((time) => timePattern.test(time)) && timeOf(times[0] ?? "") >= timeOf(times[1] ?? ""))
      missing("endTime", "endBeforeStart");
  });

/**
 * The fields of the form that creates or changes an event, read: its day and times are the city's
 * wall-clock times in the given time zone (`City.timeZone`).
 */
export function workshopInputIn(timeZone: string) {
  return workshopFields.transform((input) => {
    const onSite = input.format !== "online";
    const online = input.format !== "on_site";
    const day = input.day.trim();
    return {
      title: input.title,
      description: orNull(input.description),
      agenda: orNull(input.agenda),
      format: input.format,
      // What the format does not use is not kept (an online link of an event moved on site, say).
      venue: onSite ? orNull(input.venue) : null,
      accessibility: onSite ? orNull(input.accessibility) : null,
      onlineUrl: online ? orNull(input.onlineUrl) : null,
      capacities: {
        onSite: onSite ? seatsOf(input.capacityOnSite) : null,
        online: online ? seatsOf(input.capacityOnline) : null,
      },
      groups: linesOf(input.groups),
      measure: orNull(input.measure),
      arenaEntry: blank(input.arenaEntry) ? null : Number((input.arenaEntry ?? "").trim().replace("#", "")),
      processId: orNull(input.process),
      startsAt: instantOf(day, timeOf(input.startTime), timeZone),
      endsAt: instantOf(day, timeOf(input.endTime), timeZone),
    };
  });
}

/** The fields of the form, read in the zone of a city file that names none (Berlin's). */
export const workshopInput = workshopInputIn(defaultTimeZone);
export type WorkshopInput = z.output<typeof workshopInput>;

/** An event's id as the address gives it. */
export const workshopId = z.uuid({ error: error("notFound") });

/** What a participant chooses at registration. */
export const registrationInput = z
  .object({
    id: workshopId,
    /** Needed only for a hybrid event; the use case fills in the one way of the others. */
    mode: z.enum(participationModes, { error: error("mode") }).optional(),
    group: z
      .string()
      .optional()
      .transform((value) => (value === undefined || value === "" ? null : value))
      .pipe(z.uuid({ error: error("group") }).nullable()),
    needs: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) => [...new Set([value ?? []].flat())])
      .pipe(z.array(z.enum(accessNeeds, { error: error("need") })).max(accessNeeds.length)),
    needsOther: optionalText(300, "needsOtherLong"),
  })
  .superRefine((input, ctx) => {
    if (input.needs.includes("other") && input.needsOther === null)
      ctx.addIssue({ code: "custom", path: ["needsOther"], message: error("needsOther") });
  })
  .transform((input) => ({ ...input, needsOther: input.needs.includes("other") ? input.needsOther : null }));
export type RegistrationInput = z.output<typeof registrationInput>;

/** A whole number of people who came, or null when the field is empty. */
const peopleText = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const trimmed = text?.trim() ?? "";
    if (trimmed === "") return null;
    if (!/^\d{1,6}$/.test(trimmed)) {
      ctx.addIssue({ code: "custom", message: error("attendance") });
      return z.NEVER;
    }
    return Number(trimmed);
  });

/** What the organisers record after the event: who came (counts), what came out and what follows. */
export const documentationInput = z
  .object({
    attendedOnSite: peopleText,
    attendedOnline: peopleText,
    summary: optionalText(5000, "textLong"),
    results: optionalText(10_000, "textLong"),
    followUps: z
      .string()
      .optional()
      .transform((text) =>
        (text ?? "")
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ""),
      )
      .pipe(z.array(z.string().max(300, { error: error("followUpLong") })).max(30, { error: error("followUpsMany") })),
  })
  .superRefine((input, ctx) => {
    const empty =
      input.attendedOnSite === null &&
      input.attendedOnline === null &&
      input.summary === null &&
      input.results === null &&
      input.followUps.length === 0;
    if (empty) ctx.addIssue({ code: "custom", path: ["summary"], message: error("documentationEmpty") });
  });
export type DocumentationInput = z.output<typeof documentationInput>;

/** The list's filters: upcoming or past events, and the month shown in the calendar. */
export const listQuery = z.object({
  when: z.enum(["upcoming", "past"]).catch("upcoming"),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
});
