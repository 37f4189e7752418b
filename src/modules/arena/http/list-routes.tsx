import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { cachedPage } from "../../../platform/http/page-cache";
import { can } from "../../../platform/permissions/permissions";
import { isDistrictKey, isStakeholderGroupKey } from "../../../platform/reference-data";
import { pageContext } from "../../../ui/page-context";
import { resourceTypes } from "../domain/entry";
import { type EntryFilter, entryFilterQuery } from "../domain/inputs";
import { entryFormChoices } from "../use-cases/form-choices";
import { arenaOverview, COUNTS_MAX_AGE_MS, dailyOrderOf, listArenaEntries } from "../use-cases/list-entries";
import { listOffersAndNeeds } from "../use-cases/list-offers";
import { showAwaitingAnswer, showConsortium, showVersions } from "../use-cases/show-pages";
import { ArenaListPage } from "../views/list-page";
import { ConsortiumPage, OffersPage, OfficePage, VersionsPage } from "../views/other-pages";

/** The list's filter from the address bar; a value the city does not know is dropped, not an error. */
export function filterOf(c: AppContext): {
  filter: EntryFilter;
  sort: ReturnType<typeof entryFilterQuery.parse>["sort"];
} {
  const { sort, ...filter } = entryFilterQuery.parse(c.req.query());
  const city = c.get("deps").city;
  if (filter.district && !isDistrictKey(city, filter.district)) filter.district = undefined;
  if (filter.group && !isStakeholderGroupKey(city, filter.group)) filter.group = undefined;
  return { filter, sort };
}

/** The version of every page that shows entries: the arena's counter (and the catalogue's names). */
async function arenaVersion(c: AppContext): Promise<string> {
  const counters = await requestCounters(c);
  return `${counters.arena}.${counters.catalogue}`;
}

export function listRoutes(app: Hono<AppEnv>): void {
  app.get("/arena", async (c) => {
    // The visitor's random order of the day is read before the page is made for a neutral person;
    // everyone given the same order shares its kept pages.
    const random = filterOf(c).sort === "random";
    const order = random ? dailyOrderOf(c.get("state").user?.id ?? clientAddress(c), c.get("deps").clock()) : "";
    const scope = random ? `arena-list-${order}` : "arena-list";
    return cachedPage(c, { scope, version: await arenaVersion(c), maxAgeMs: COUNTS_MAX_AGE_MS }, () =>
      listPage(c, order),
    );
  });
  const listPage = async (c: AppContext, order: string) => {
    const deps = c.get("deps");
    const page = pageContext(c);
    const { filter, sort } = filterOf(c);
    const p = pageQuery((name) => c.req.query(name));
    const { actor } = c.get("state");
    const [list, overview, { actionFields }] = await Promise.all([
      listArenaEntries(deps, { filter, sort, page: p, order }),
      arenaOverview(deps),
      entryFormChoices(deps, page.locale),
    ]);
    return c.html(
      <ArenaListPage
        page={page}
        filter={filter}
        sort={sort}
        items={list.items}
        total={list.total}
        current={p.page}
        pageSize={p.pageSize}
        overview={overview}
        actionFields={actionFields}
        mayManage={can(actor, "arena.manage")}
      />,
    );
  };

  app.get("/arena/offers", async (c) =>
    cachedPage(c, { scope: "arena-offers", version: await arenaVersion(c), maxAgeMs: COUNTS_MAX_AGE_MS }, async () => {
      const deps = c.get("deps");
      const page = pageContext(c);
      const { filter } = filterOf(c);
      const type = resourceTypes.find((r) => r === c.req.query("type"));
      const offersFilter = { actionField: filter.actionField, district: filter.district, type };
      const [matches, { actionFields }] = await Promise.all([
        listOffersAndNeeds(deps, offersFilter),
        entryFormChoices(deps, page.locale),
      ]);
      return c.html(<OffersPage page={page} filter={offersFilter} matches={matches} actionFields={actionFields} />);
    }),
  );

  app.get("/arena/office", async (c) => {
    const p = pageQuery((name) => c.req.query(name));
    const { items, total } = await showAwaitingAnswer(c.get("deps"), c.get("state").actor, p);
    return c.html(
      <OfficePage page={pageContext(c)} items={items} total={total} current={p.page} pageSize={p.pageSize} />,
    );
  });

  app.get("/arena/:number/versions", async (c) =>
    cachedPage(c, { scope: "arena-versions", version: await arenaVersion(c) }, async () => {
      const { entry, versions } = await showVersions(c.get("deps"), c.req.param("number"));
      return c.html(
        <VersionsPage page={pageContext(c)} number={entry.number} title={entry.title} versions={versions} />,
      );
    }),
  );

  app.get("/arena/consortia/:number", async (c) =>
    cachedPage(
      c,
      { scope: "arena-consortium", version: await arenaVersion(c), maxAgeMs: COUNTS_MAX_AGE_MS },
      async () => {
        const { consortium, entries, supports } = await showConsortium(c.get("deps"), c.req.param("number"));
        return c.html(
          <ConsortiumPage page={pageContext(c)} consortium={consortium} entries={entries} supports={supports} />,
        );
      },
    ),
  );
}
