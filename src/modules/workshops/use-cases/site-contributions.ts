import { keywordsOf, type SiteContributions } from "../../../platform/contributions/contributions";
import { lastWorkshopChange, listWorkshops, workshopsOfMeasure } from "../data/workshops";
import { registrationOpen, workshopPath } from "../domain/workshop";
import { formatWhen } from "../views/format";

/** A measure has a handful of events; more are not read for its journey. */
const JOURNEY_LIMIT = 200;

/**
 * The events on the home page (the next one open for registration), on the measure's journey, and
 * their interface and calendar feed on the open-data page and in its catalogue.
 */
export const workshopsSiteContributions: SiteContributions = {
  openData: async (_deps, reader) => [
    {
      group: reader.t("workshops.openData.group"),
      title: reader.t("workshops.openData.title"),
      text: reader.t("workshops.openData.text"),
      links: [
        { href: "/api/v1/workshops", label: reader.t("workshops.openData.link.json"), format: "JSON" },
        { href: "/workshops/feed.ics", label: reader.t("workshops.openData.link.ics"), format: "iCal" },
      ],
    },
  ],
  catalogue: async (deps, both) => [
    {
      id: "workshops-events",
      title: both("workshops.openData.title"),
      description: both("workshops.openData.text"),
      keywords: keywordsOf(both, ["workshops.openData.keyword", "workshops.openData.keyword.smartCity"]),
      themes: ["GOVE", "SOCI"],
      modified: (await lastWorkshopChange(deps.database.db)) ?? deps.clock(),
      // The calendar feed is listed on the open-data page; the EU file-type list the catalogue
      // draws from is kept to the formats it names for certain.
      distributions: [
        {
          id: "json",
          title: both("workshops.openData.link.json"),
          url: "/api/v1/workshops",
          mediaType: "application/json",
          format: "JSON",
        },
      ],
    },
  ],
  version: (counters) => counters.workshops,
  happening: async (deps, reader) => {
    const { t } = reader;
    const { items, total } = await listWorkshops(deps.database.db, {
      when: "upcoming",
      now: reader.now,
      limit: 5,
      offset: 0,
    });
    const next = items.find((workshop) => registrationOpen(workshop, reader.now));
    if (!next) return [];
    return [
      {
        title: t("workshops.site.title"),
        badge: t("workshops.site.badge"),
        text: t("workshops.site.text", {
          title: next.title,
          when: formatWhen(next, reader.locale, deps.city.timeZone),
          count: total,
        }),
        href: workshopPath(next.id),
        sortKey: next.startsAt.getTime(),
      },
    ];
  },
  journey: {
    version: (counters) => counters.workshops,
    events: async (deps, measure, reader) => {
      const { t } = reader;
      const workshops = await workshopsOfMeasure(deps.database.db, measure.slug, JOURNEY_LIMIT);
      return workshops
        .filter((workshop) => workshop.cancelledAt === null)
        .flatMap((workshop) => [
          {
            at: workshop.startsAt,
            kind: t("workshops.journey.held"),
            title: workshop.title,
            text: formatWhen(workshop, reader.locale, deps.city.timeZone),
            href: workshopPath(workshop.id),
          },
          ...(workshop.documentedAt
            ? [
                {
                  at: workshop.documentedAt,
                  kind: t("workshops.journey.documented"),
                  title: workshop.title,
                  text: [workshop.summary, ...workshop.followUps.map((f) => `→ ${f}`)].filter(Boolean).join("\n"),
                  href: `${workshopPath(workshop.id)}#documentation`,
                },
              ]
            : []),
        ]);
    },
  },
};
