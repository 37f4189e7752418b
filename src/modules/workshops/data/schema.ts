import { sql } from "drizzle-orm";
import { customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../../../platform/identity/schema";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/**
 * An event on a measure, an Arena entry or (later) a participation process. The measure and the
 * entry are named by their public addresses (slug, number) and the process by its id, without
 * foreign keys: they belong to other modules, and an event outlives a renamed or closed one.
 */
export const workshops = pgTable(
  "workshops",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    description: text("description"),
    agenda: text("agenda"),
    /** on_site, online or hybrid (domain/workshop.ts). */
    format: text("format").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    venue: text("venue"),
    /** How to reach the venue without barriers: entrance, lift, toilets, quiet room. */
    accessibility: text("accessibility"),
    /** Shown only to registered online participants, shortly before the start. */
    onlineUrl: text("online_url"),
    capacityOnSite: integer("capacity_on_site"),
    capacityOnline: integer("capacity_online"),
    measureSlug: text("measure_slug"),
    arenaEntryNumber: integer("arena_entry_number"),
    processId: uuid("process_id"),
    /**
     * The number the last registration got. Every registration counts it up first, which locks this
     * row until its transaction ends: registrations of one event take turns, in order of arrival
     * (docs/decisions/0021-workshop-seats-under-a-row-lock.md).
     */
    arrivals: integer("arrivals").notNull().default(0),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** After the event: how many came, what was said and found, what follows. */
    attendedOnSite: integer("attended_on_site"),
    attendedOnline: integer("attended_online"),
    summary: text("summary"),
    results: text("results"),
    followUps: text("follow_ups").array().notNull().default(sql`'{}'::text[]`),
    documentedAt: timestamp("documented_at", { withTimezone: true }),
    /** Access needs of the event's registrations were erased (retention, see personal data). */
    accessNeedsErasedAt: timestamp("access_needs_erased_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("workshops_starts_at_idx").on(t.startsAt, t.id),
    index("workshops_measure_idx").on(t.measureSlug, t.startsAt),
    index("workshops_arena_entry_idx").on(t.arenaEntryNumber),
    index("workshops_process_idx").on(t.processId),
    index("workshops_created_by_idx").on(t.createdBy),
  ],
);

/** The small groups of an event (tables, breakout rooms), each with its topic. */
export const workshopGroups = pgTable(
  "workshop_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    topic: text("topic").notNull(),
  },
  (t) => [uniqueIndex("workshop_groups_position_unique").on(t.workshopId, t.position)],
);

/**
 * A person's registration: a seat or a place on the waiting list of one way of taking part, in
 * order of arrival. Personal data: exported and erased with the account; the access needs are
 * erased some time after the event.
 */
export const workshopRegistrations = pgTable(
  "workshop_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** on_site or online. */
    mode: text("mode").notNull(),
    /** registered, waiting or cancelled. */
    status: text("status").notNull(),
    /** The event's count of arrivals when this registration came in: the waiting list's order. */
    arrival: integer("arrival").notNull(),
    groupId: uuid("group_id").references(() => workshopGroups.id, { onDelete: "set null" }),
    accessNeeds: text("access_needs").array().notNull().default(sql`'{}'::text[]`),
    accessNeedOther: text("access_need_other"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    movedUpAt: timestamp("moved_up_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [
    // One active registration per person and event; after cancelling one may register again.
    uniqueIndex("workshop_registrations_active_unique")
      .on(t.workshopId, t.accountId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("workshop_registrations_seats_idx").on(t.workshopId, t.mode, t.status, t.arrival),
    index("workshop_registrations_account_idx").on(t.accountId),
  ],
);

/**
 * Photos of an event's documentation, re-encoded as WebP without metadata (the platform's image
 * rule). The description is the photo's text alternative and caption. Who uploaded a photo is kept
 * for the audit and forgotten with their account; the photo stays with the event.
 */
export const workshopPhotos = pgTable(
  "workshop_photos",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    /** The order on the page: each new photo comes after the others. */
    position: integer("position").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    content: bytea("content").notNull(),
    description: text("description").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("workshop_photos_position_unique").on(t.workshopId, t.position),
    index("workshop_photos_uploaded_by_idx").on(t.uploadedBy),
  ],
);
