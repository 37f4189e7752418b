import { Alert, DescriptionList } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { FollowButton } from "../../notifications";
import { accessNeeds } from "../domain/access-needs";
import { photoPath } from "../domain/photos";
import { WORKSHOP_TYPE, workshopPath } from "../domain/workshop";
import type { WorkshopPage } from "../domain/workshop-view";
import { formatWhen } from "./format";
import { SeatSummary, WorkshopBadges } from "./parts";

/** Text as typed: a paragraph per blank-line block, its single line breaks kept. */
function Lines(props: { text: string }) {
  return (
    <>
      {props.text.split(/\r?\n\s*\r?\n/).map((block) => (
        <p>
          {block.split(/\r?\n/).map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

function OwnRegistrationBox(props: { page: PageContext; view: WorkshopPage }) {
  const { t } = props.page;
  const own = props.view.own;
  if (!own) return null;
  const status =
    own.status === "waiting"
      ? t("workshops.own.waiting", { place: own.waitingPlace ?? 1 })
      : t(`workshops.own.registered.${own.mode}`);
  return (
    <Alert tone={own.status === "waiting" ? "info" : "success"} title={t("workshops.own.title")}>
      <p>{status}</p>
      {own.groupTopic && <p>{t("workshops.own.group", { topic: own.groupTopic })}</p>}
      {own.mode === "online" && own.status === "registered" && (
        <p>
          {props.view.onlineUrl ? (
            <a href={props.view.onlineUrl}>{t("workshops.own.join")}</a>
          ) : (
            t("workshops.own.linkLater")
          )}
        </p>
      )}
      <p>
        <a href={own.cancelUrl}>{t("workshops.own.cancel")}</a>
      </p>
    </Alert>
  );
}

function OrganiserSection(props: { page: PageContext; view: WorkshopPage }) {
  const { t } = props.page;
  const { organiser, workshop, groups } = props.view;
  if (!organiser) return null;
  return (
    <section aria-labelledby="workshop-organiser">
      <h2 id="workshop-organiser">{t("workshops.organiser.heading")}</h2>
      <p class="actions">
        <a class="button" href={`${workshopPath(workshop.id)}/edit`}>
          {t("workshops.organiser.edit")}
        </a>
        <a class="button button-secondary" href={`${workshopPath(workshop.id)}/documentation`}>
          {t("workshops.organiser.document")}
        </a>
        {props.view.registrationOpen && (
          <a class="button button-secondary" href={`${workshopPath(workshop.id)}/call-off`}>
            {t("workshops.organiser.callOff")}
          </a>
        )}
      </p>
      <DataTable
        caption={t("workshops.organiser.needsCaption")}
        columns={[t("workshops.organiser.need"), t("workshops.organiser.registered"), t("workshops.organiser.waiting")]}
      >
        {accessNeeds.map((need) => (
          <tr>
            <th scope="row">{t(`workshops.need.${need}`)}</th>
            <td>{organiser.needs.registered[need]}</td>
            <td>{organiser.needs.waiting[need]}</td>
          </tr>
        ))}
      </DataTable>
      {organiser.otherNeeds.length > 0 && (
        <>
          <h3>{t("workshops.organiser.otherNeeds")}</h3>
          <ul>
            {organiser.otherNeeds.map((text) => (
              <li>{text}</li>
            ))}
          </ul>
        </>
      )}
      {groups.length > 0 && (
        <DataTable
          caption={t("workshops.organiser.groupsCaption")}
          columns={[t("workshops.groups.topic"), t("workshops.organiser.chosen")]}
        >
          {groups.map((group) => (
            <tr>
              <th scope="row">{group.topic}</th>
              <td>{organiser.groupCounts.get(group.id) ?? 0}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Documentation(props: { page: PageContext; view: WorkshopPage }) {
  const { t } = props.page;
  const w = props.view.workshop;
  const photos = props.view.photos;
  if (!w.documentedAt && photos.length === 0) return null;
  return (
    <section aria-labelledby="documentation-heading" id="documentation">
      <h2 id="documentation-heading">{t("workshops.documentation.heading")}</h2>
      {w.documentedAt && (
        <DescriptionList
          items={[
            { term: t("workshops.documentation.attendedOnSite"), value: w.attendance.onSite?.toString() },
            { term: t("workshops.documentation.attendedOnline"), value: w.attendance.online?.toString() },
          ]}
        />
      )}
      {w.summary && (
        <>
          <h3>{t("workshops.documentation.summary")}</h3>
          <Lines text={w.summary} />
        </>
      )}
      {w.results && (
        <>
          <h3>{t("workshops.documentation.results")}</h3>
          <Lines text={w.results} />
        </>
      )}
      {w.followUps.length > 0 && (
        <>
          <h3>{t("workshops.documentation.followUps")}</h3>
          <ul>
            {w.followUps.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        </>
      )}
      {photos.length > 0 && (
        <>
          <h3>{t("workshops.photos.heading")}</h3>
          {photos.map((photo) => (
            <figure class="workshop-photo">
              <img src={photoPath(w.id, photo.id)} alt={photo.description} loading="lazy" />
              <figcaption>{photo.description}</figcaption>
            </figure>
          ))}
        </>
      )}
    </section>
  );
}

/** One event: what, when, where and how accessible; the agenda and groups; seats and registration. */
export function WorkshopPageView(props: { page: PageContext; view: WorkshopPage; notice?: string }) {
  const { page, view } = props;
  const { t, locale, city } = page;
  const w = view.workshop;
  const path = workshopPath(w.id);
  return (
    <Layout page={page} title={w.title} section="workshops">
      <p class="breadcrumb">
        <a href="/workshops">{t("workshops.list.title")}</a>
      </p>
      <h1>{w.title}</h1>
      <p class="badges">
        <WorkshopBadges page={page} workshop={w} />
      </p>
      {props.notice && <Alert tone="success">{t(`workshops.notice.${props.notice}`)}</Alert>}
      <OwnRegistrationBox page={page} view={view} />
      <DescriptionList
        items={[
          { term: t("workshops.fact.when"), value: formatWhen(w, locale, city.timeZone) },
          { term: t("workshops.fact.format"), value: t(`workshops.format.${w.format}`) },
          { term: t("workshops.fact.venue"), value: w.venue },
          { term: t("workshops.fact.accessibility"), value: w.accessibility },
          {
            term: t("workshops.fact.measure"),
            value: view.measure ? <a href={`/measures/${view.measure.slug}`}>{view.measure.title}</a> : null,
          },
          {
            term: t("workshops.fact.arenaEntry"),
            value:
              w.arenaEntryNumber !== null ? (
                <a href={`/arena/${w.arenaEntryNumber}`}>
                  {t("workshops.fact.arenaEntryLink", { number: w.arenaEntryNumber })}
                </a>
              ) : null,
          },
        ]}
      />
      {w.format !== "on_site" && <p>{t("workshops.onlineLinkNote")}</p>}
      {w.description && <Lines text={w.description} />}
      {w.agenda && (
        <section aria-labelledby="workshop-agenda">
          <h2 id="workshop-agenda">{t("workshops.agenda")}</h2>
          <Lines text={w.agenda} />
        </section>
      )}
      {view.groups.length > 0 && (
        <section aria-labelledby="workshop-groups">
          <h2 id="workshop-groups">{t("workshops.groups.heading")}</h2>
          <p>{t("workshops.groups.lead")}</p>
          <ul>
            {view.groups.map((group) => (
              <li>{group.topic}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="workshop-registration">
        <h2 id="workshop-registration">{t("workshops.registration.heading")}</h2>
        {w.cancelledAt ? (
          <p>{t("workshops.registration.calledOff")}</p>
        ) : view.registrationOpen ? (
          <>
            <SeatSummary page={page} workshop={w} counts={view.counts} />
            {!view.own && (
              <p>
                <a class="button" href={`${path}/register`}>
                  {t("workshops.registration.start")}
                </a>
              </p>
            )}
          </>
        ) : (
          <p>{t("workshops.registration.closed")}</p>
        )}
        <p>
          <a href={`${path}/calendar.ics`}>{t("workshops.calendarLink")}</a>
        </p>
        <FollowButton
          page={page}
          resource={{ type: WORKSHOP_TYPE, id: w.id }}
          following={view.follow.following}
          followers={view.follow.followers}
          returnTo={path}
        />
      </section>
      <Documentation page={page} view={view} />
      <OrganiserSection page={page} view={view} />
    </Layout>
  );
}
