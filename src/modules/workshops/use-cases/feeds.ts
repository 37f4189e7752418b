import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { defaultLocale, localized, translator } from "../../../platform/i18n/i18n";
import { findMeasureReference } from "../../strategy";
import { workshopOrNotFound } from "./access";
import { feedCalendar } from "./calendar-files";
import { feedWorkshops } from "./list-workshops";

/** The calendar feed of all events, in the site's default language (a feed has no reader's language). */
export async function allEventsFeed(deps: Deps): Promise<string> {
  const t = translator(defaultLocale);
  return feedCalendar(deps, await feedWorkshops(deps), t("workshops.feed.allName"), defaultLocale);
}

/** The calendar feed of a measure's events; NotFound for an unknown measure. */
export async function measureEventsFeed(deps: Deps, slug: string): Promise<string> {
  const measure = await findMeasureReference(deps.database.db, slug);
  if (!measure) throw new NotFound("workshops.errors.measure");
  const t = translator(defaultLocale);
  const name = t("workshops.feed.measureName", { title: localized(measure.title, defaultLocale) });
  return feedCalendar(deps, await feedWorkshops(deps, measure.slug), name, defaultLocale);
}

/** One event as a calendar file, for the link beside it. */
export async function singleEventFile(deps: Deps, id: string): Promise<string> {
  const workshop = await workshopOrNotFound(deps.database.db, id);
  return feedCalendar(deps, [workshop], workshop.title, defaultLocale);
}
