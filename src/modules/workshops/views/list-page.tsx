import { Card } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { shiftMonth } from "../domain/month";
import { PAGE_SIZE, type WorkshopList } from "../domain/workshop-view";
import { formatDay, formatMonth, formatTime, formatWhen } from "./format";
import { SeatSummary, WorkshopBadges } from "./parts";

const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** The events: a list (upcoming or past) and a month calendar, both plain HTML; the calendar feed. */
export function WorkshopListPage(props: { page: PageContext; list: WorkshopList; canCreate: boolean }) {
  const { page, list } = props;
  const { t, locale, city } = page;
  const tab = (when: "upcoming" | "past") => (
    <li>
      <a
        href={when === "upcoming" ? "/workshops" : "/workshops?when=past"}
        aria-current={list.when === when ? "page" : undefined}
      >
        {t(`workshops.list.${when}`)}
      </a>
    </li>
  );
  return (
    <Layout page={page} title={t("workshops.list.title")} section="workshops">
      <h1>{t("workshops.list.title")}</h1>
      <p class="lead">{t("workshops.list.lead")}</p>
      <p class="actions">
        <a href="/workshops/feed.ics">{t("workshops.list.feed")}</a>
        {props.canCreate && (
          <a class="button" href="/workshops/new">
            {t("workshops.list.create")}
          </a>
        )}
      </p>
      <nav aria-label={t("workshops.list.whenLabel")} class="sub-nav">
        <ul>
          {tab("upcoming")}
          {tab("past")}
        </ul>
      </nav>
      <section aria-labelledby="workshops-list">
        <h2 id="workshops-list">{t(`workshops.list.${list.when}Heading`)}</h2>
        {list.items.length === 0 ? (
          <p>{t(`workshops.list.${list.when}None`)}</p>
        ) : (
          <ul class="cards">
            {list.items.map(({ workshop, counts }) => (
              <Card
                title={workshop.title}
                href={`/workshops/${workshop.id}`}
                level={3}
                badges={<WorkshopBadges page={page} workshop={workshop} />}
              >
                <p>{formatWhen(workshop, locale, city.timeZone)}</p>
                {workshop.venue && <p>{workshop.venue}</p>}
                {list.when === "upcoming" && !workshop.cancelledAt && (
                  <SeatSummary page={page} workshop={workshop} counts={counts} />
                )}
                <p>
                  <a href={`/workshops/${workshop.id}/calendar.ics`}>
                    {t("workshops.calendarLink")}
                    <span class="visually-hidden">{`: ${workshop.title}`}</span>
                  </a>
                </p>
              </Card>
            ))}
          </ul>
        )}
        <Pagination page={page} current={list.page} pageSize={PAGE_SIZE} total={list.total} />
      </section>
      <section aria-labelledby="workshops-month">
        <h2 id="workshops-month">{t("workshops.month.heading", { month: formatMonth(list.month, locale) })}</h2>
        <nav aria-label={t("workshops.month.navigation")} class="actions">
          <a href={`/workshops?month=${shiftMonth(list.month, -1)}#workshops-month`}>
            {t("workshops.month.previous", { month: formatMonth(shiftMonth(list.month, -1), locale) })}
          </a>
          <a href={`/workshops?month=${shiftMonth(list.month, 1)}#workshops-month`}>
            {t("workshops.month.next", { month: formatMonth(shiftMonth(list.month, 1), locale) })}
          </a>
        </nav>
        <DataTable
          caption={t("workshops.month.caption", { month: formatMonth(list.month, locale) })}
          hideCaption
          columns={weekdays.map((day) => t(`workshops.weekday.${day}`))}
        >
          {list.weeks.map((week) => (
            <tr>
              {week.map((day) => (
                <td>
                  {/* The day's number to see; its full date for screen readers, which read cells one by one. */}
                  <span class={day.inMonth ? undefined : "muted"} aria-hidden="true">
                    {Number(day.day.slice(8, 10))}
                  </span>
                  <span class="visually-hidden">{formatDay(day.day, locale)}</span>
                  {day.events.length > 0 && (
                    <ul class="plain-list">
                      {day.events.map((workshop) => (
                        <li>
                          <a
                            href={`/workshops/${workshop.id}`}
                          >{`${formatTime(workshop.startsAt, locale, city.timeZone)} ${workshop.title}`}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
      </section>
    </Layout>
  );
}
