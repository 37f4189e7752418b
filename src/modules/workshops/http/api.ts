import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { paginated, paginationQuery } from "../../../platform/api/pagination";
import { listQuery } from "../domain/inputs";
import { participationModes, type SeatCounts, type StoredWorkshop, workshopFormats } from "../domain/workshop";
import { listWithSeats } from "../use-cases/list-workshops";
import { showWorkshop } from "../use-cases/show-workshop";

const seats = z.object({
  mode: z.enum(participationModes),
  capacity: z.number().int(),
  registered: z.number().int(),
  waiting: z.number().int(),
});

const workshopSummary = z.object({
  id: z.string(),
  title: z.string(),
  format: z.enum(workshopFormats),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.string().nullable(),
  measure: z.string().nullable(),
  arenaEntry: z.number().int().nullable(),
  processId: z.string().nullable(),
  cancelled: z.boolean(),
  seats: z.array(seats),
  link: z.string(),
  calendar: z.string(),
});

const workshopDetail = workshopSummary.extend({
  description: z.string().nullable(),
  agenda: z.string().nullable(),
  accessibility: z.string().nullable(),
  groups: z.array(z.object({ id: z.string(), topic: z.string() })),
  documentation: z
    .object({
      attendedOnSite: z.number().int().nullable(),
      attendedOnline: z.number().int().nullable(),
      summary: z.string().nullable(),
      results: z.string().nullable(),
      followUps: z.array(z.string()),
      at: z.string(),
    })
    .nullable(),
});

/** An event as the API shows it: public facts and seats; never the online link or who registered. */
function summaryOf(w: StoredWorkshop, counts: SeatCounts): z.input<typeof workshopSummary> {
  return {
    id: w.id,
    title: w.title,
    format: w.format,
    startsAt: w.startsAt.toISOString(),
    endsAt: w.endsAt.toISOString(),
    venue: w.venue,
    measure: w.measureSlug,
    arenaEntry: w.arenaEntryNumber,
    processId: w.processId,
    cancelled: w.cancelledAt !== null,
    seats: participationModes.flatMap((mode) => {
      const capacity = mode === "on_site" ? w.capacities.onSite : w.capacities.online;
      return capacity === null
        ? []
        : [{ mode, capacity, registered: counts.registered[mode], waiting: counts.waiting[mode] }];
    }),
    link: `/workshops/${w.id}`,
    calendar: `/workshops/${w.id}/calendar.ics`,
  };
}

export const workshopsApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/workshops",
    summary: "Events (workshops) with their seats: upcoming ones soonest first, or past ones latest first",
    tag: "workshops",
    query: paginationQuery.extend({ when: listQuery.shape.when }),
    response: paginated(workshopSummary),
    handler: async (c, { query }) => {
      const { items, total } = await listWithSeats(c.get("deps"), query);
      return {
        items: items.map(({ workshop, counts }) => summaryOf(workshop, counts)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/workshops/{id}",
    summary: "One event with its agenda, groups, seats and, after it took place, its documentation",
    tag: "workshops",
    response: workshopDetail,
    errors: [404],
    handler: async (c, { params }) => {
      const view = await showWorkshop(c.get("deps"), { kind: "guest" }, params.id ?? "", "de");
      const w = view.workshop;
      return {
        ...summaryOf(w, view.counts),
        description: w.description,
        agenda: w.agenda,
        accessibility: w.accessibility,
        groups: view.groups,
        documentation: w.documentedAt
          ? {
              attendedOnSite: w.attendance.onSite,
              attendedOnline: w.attendance.online,
              summary: w.summary,
              results: w.results,
              followUps: w.followUps,
              at: w.documentedAt.toISOString(),
            }
          : null,
      };
    },
  }),
];
