import type { Deps } from "../../../platform/deps";
import { cityDay, startOfCityDay } from "../../../platform/reference-data";
import { seatCounts } from "../data/registrations";
import { listWorkshops, workshopsForFeed, workshopsStartingBetween } from "../data/workshops";
import { monthDays, monthGrid, monthOfDay } from "../domain/month";
import type { SeatCounts, StoredWorkshop } from "../domain/workshop";
import { type ListedWorkshop, PAGE_SIZE, type WorkshopList } from "../domain/workshop-view";

/** More events than a month could hold are not shown in its calendar. */
const MONTH_LIMIT = 300;

const noSeats = (): SeatCounts => ({ registered: { on_site: 0, online: 0 }, waiting: { on_site: 0, online: 0 } });

/** A page of events, upcoming (soonest first) or past (latest first), each with its seats. */
export async function listWithSeats(
  deps: Deps,
  query: { when: "upcoming" | "past"; page: number; pageSize: number },
): Promise<{ items: ListedWorkshop[]; total: number }> {
  const db = deps.database.db;
  const { items, total } = await listWorkshops(db, {
    when: query.when,
    now: deps.clock(),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const counts = await seatCounts(
    db,
    items.map((w) => w.id),
  );
  return { items: items.map((workshop) => ({ workshop, counts: counts.get(workshop.id) ?? noSeats() })), total };
}

/** The events page: a page of the list, and the month calendar (the current month unless one is asked for). */
export async function listWorkshopPage(
  deps: Deps,
  query: { when: "upcoming" | "past"; page: number; month?: string },
): Promise<WorkshopList> {
  const { timeZone } = deps.city;
  const month = query.month ?? monthOfDay(cityDay(deps.clock(), timeZone));
  const { first, next } = monthDays(month);
  const [{ items, total }, inMonth] = await Promise.all([
    listWithSeats(deps, { ...query, pageSize: PAGE_SIZE }),
    workshopsStartingBetween(
      deps.database.db,
      startOfCityDay(first, timeZone),
      startOfCityDay(next, timeZone),
      MONTH_LIMIT,
    ),
  ]);
  return { when: query.when, items, total, page: query.page, month, weeks: monthGrid(month, inMonth, timeZone) };
}

/** Events in the feeds: from 90 days back, at most a few hundred. */
const FEED_PAST_MS = 90 * 24 * 60 * 60 * 1000;
const FEED_LIMIT = 500;

export async function feedWorkshops(deps: Deps, measureSlug?: string): Promise<StoredWorkshop[]> {
  const since = new Date(deps.clock().getTime() - FEED_PAST_MS);
  return workshopsForFeed(deps.database.db, { since, measureSlug, limit: FEED_LIMIT });
}
