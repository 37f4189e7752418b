import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppEnv } from "../../../platform/http/env";
import { cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import { listQuery } from "../domain/inputs";
import { CALENDAR_CONTENT_TYPE } from "../use-cases/calendar-files";
import { allEventsFeed, measureEventsFeed, singleEventFile } from "../use-cases/feeds";
import { listWorkshopPage } from "../use-cases/list-workshops";
import { mayCreateAny } from "../use-cases/organiser-access";
import { WorkshopListPage } from "../views/list-page";

/** Seats change with every registration; the list and the feeds are made afresh at least this often. */
const LIST_MAX_AGE_MS = 5_000;

function calendarAnswer(body: string, filename: string): Response {
  return new Response(body, {
    headers: { "Content-Type": CALENDAR_CONTENT_TYPE, "Content-Disposition": `inline; filename="${filename}"` },
  });
}

/** The events list with its month calendar, and the calendar feeds (all, a measure's, one event). */
export function listRoutes(app: Hono<AppEnv>): void {
  app.get("/workshops", async (c) => {
    const query = { ...listQuery.parse(c.req.query()), page: pageQuery((name) => c.req.query(name)).page };
    const counters = await requestCounters(c);
    publicPage(c);
    const canCreate = mayCreateAny(c.get("state").actor);
    return cachedPage(c, { scope: "workshops", version: counters.workshops, maxAgeMs: LIST_MAX_AGE_MS }, async () => {
      const list = await listWorkshopPage(c.get("deps"), query);
      return c.html(<WorkshopListPage page={pageContext(c)} list={list} canCreate={canCreate} />);
    });
  });
  app.get("/workshops/feed.ics", async (c) =>
    calendarAnswer(await allEventsFeed(c.get("deps")), "veranstaltungen.ics"),
  );
  app.get("/measures/:slug/workshops.ics", async (c) =>
    calendarAnswer(await measureEventsFeed(c.get("deps"), c.req.param("slug")), "veranstaltungen.ics"),
  );
  app.get("/workshops/:id/calendar.ics", async (c) =>
    calendarAnswer(await singleEventFile(c.get("deps"), c.req.param("id")), "veranstaltung.ics"),
  );
}
