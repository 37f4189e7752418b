import type { Child } from "hono/jsx";
import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { OwnPart } from "../../../platform/http/page-cache-parts";
import { districtName, stakeholderGroupName } from "../../../platform/reference-data";
import { Alert, Badge, DescriptionList } from "../../../ui/components/content";
import { Form, TextArea } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { CommentThread, type CommentThreadData } from "../../comments";
import { OfficialFeedback, ReportLink } from "../../moderation";
import { FollowButton } from "../../notifications";
import type { ActionFieldChoice, CompassValueChoice } from "../../strategy";
import { workshopPath } from "../../workshops";
import { referenceNumber } from "../domain/entry";
import { ENTRY_TYPE } from "../use-cases/entry-resource";
import type { EntryView, EntryViewer, ReaderState } from "../use-cases/show-entry";
import { EntryAttachments } from "./attachments";
import { ConsortiumRequests } from "./consortium-requests";
import { contentLang, formatDate, kindLabel, resourceLabel, stateLabel, stateTone } from "./format";
import { OfficeActions } from "./office-actions";

export interface EntryPageProps {
  page: PageContext;
  view: EntryView;
  viewer: EntryViewer;
  thread: CommentThreadData;
  actionFields: ActionFieldChoice[];
  compassValues: CompassValueChoice[];
  /** A form of this page sent back with mistakes: which one, its messages and its text. */
  form?: { name: string; errors: FieldErrors; values: FormValues };
  notice?: string;
}

/** An entry: what it is about, who supports and works on it, its answers, and the discussion. */
export function EntryPage(props: EntryPageProps) {
  const { page, view, viewer } = props;
  const { t, locale, city } = page;
  const e = view.entry;
  const lang = contentLang(e.language, locale);
  const resource = { type: ENTRY_TYPE, id: e.id };
  const path = `/arena/${e.number}`;
  const fieldName = new Map(props.actionFields.map((f) => [f.id, f.name]));
  const title = e.hiddenReason ? t("arena.hidden.title") : e.title;
  return (
    <Layout page={page} title={title} section="arena">
      <p class="breadcrumb">
        <a href="/arena">{t("arena.list.title")}</a>
      </p>
      <h1 lang={e.hiddenReason ? undefined : lang}>{title}</h1>
      <p class="badges">
        <Badge>{kindLabel(t, e.kind)}</Badge> <Badge tone={stateTone(e.state)}>{stateLabel(t, e.state)}</Badge>{" "}
        {e.demo && <Badge tone="demo">{t("arena.demo")}</Badge>}
      </p>
      <p class="hint">
        {t("arena.entry.byline", {
          number: referenceNumber(e.number),
          name: view.authorName ?? t("arena.deletedAccount"),
          date: formatDate(e.createdAt, locale, city.timeZone),
        })}
        {e.stakeholderGroup && ` · ${stakeholderGroupName(city, e.stakeholderGroup, locale) ?? ""}`}
      </p>
      {props.notice && <Alert tone="success">{t(`arena.notice.${props.notice}`)}</Alert>}
      {e.hiddenReason ? (
        <Alert tone="warning" title={t("arena.hidden.heading")}>
          {t("arena.hidden.reason", { reason: e.hiddenReason })}
        </Alert>
      ) : (
        <>
          {e.measureSlug && (
            <Alert tone="success" title={t("arena.entry.measureHeading")}>
              <a href={`/measures/${e.measureSlug}`}>{t("arena.entry.measureLink")}</a>
            </Alert>
          )}
          {view.consortium && (
            <Alert tone="info" title={t("arena.entry.consortiumHeading")}>
              <a href={`/arena/consortia/${view.consortium.number}`}>{view.consortium.name}</a>
            </Alert>
          )}
          <OfficialFeedback page={page} resource={resource} items={view.feedback} canGive={viewer.mayManage} />
          <SupportBox {...props} />
          <section aria-labelledby="problem-heading">
            <h2 id="problem-heading">{t("arena.entry.problem")}</h2>
            <p class="preserve-lines" lang={lang}>
              {e.problem}
            </p>
            {e.affected && (
              <>
                <h3>{t("arena.entry.affected")}</h3>
                <p class="preserve-lines" lang={lang}>
                  {e.affected}
                </p>
              </>
            )}
          </section>
          {e.approach && (
            <section aria-labelledby="approach-heading">
              <h2 id="approach-heading">{t("arena.entry.approach")}</h2>
              <p class="preserve-lines" lang={lang}>
                {e.approach}
              </p>
            </section>
          )}
          <EntryAttachments page={page} files={view.attachments} lang={lang} />
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t("arena.entry.facts")}</h2>
            <DescriptionList
              items={[
                {
                  term: t("arena.field.actionFields"),
                  value: e.actionFieldIds.map((id) => fieldName.get(id) ?? id).join(", "),
                },
                {
                  term: t("arena.field.place"),
                  value:
                    e.districtIds.length === 0
                      ? t("arena.place.city")
                      : e.districtIds.map((d) => districtName(city, d, locale) ?? d).join(", "),
                },
                {
                  term: t("arena.entry.offers"),
                  value: e.offers.length ? (
                    <WithNote labels={e.offers.map((r) => resourceLabel(t, r))} note={e.offerNote} lang={lang} />
                  ) : null,
                },
                {
                  term: t("arena.entry.needs"),
                  value: e.needs.length ? (
                    <WithNote labels={e.needs.map((r) => resourceLabel(t, r))} note={e.needNote} lang={lang} />
                  ) : null,
                },
              ]}
            />
          </section>
          <Compass page={page} entry={e} values={props.compassValues} lang={lang} />
        </>
      )}
      <TeamSection {...props} />
      {view.siblings.length > 0 && (
        <section aria-labelledby="siblings-heading">
          <h2 id="siblings-heading">{t("arena.entry.siblings")}</h2>
          <ul>
            {view.siblings.map((s) => (
              <li>
                <a href={`/arena/${s.number}`} lang={s.hiddenReason ? undefined : contentLang(s.language, locale)}>
                  {s.hiddenReason ? t("arena.hidden.title") : s.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.events.length > 0 && <EventsSection page={page} events={view.events} />}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("arena.entry.history")}</h2>
        <ol class="timeline">
          <li>
            <strong>{stateLabel(t, "submitted")}</strong> – {formatDate(e.createdAt, locale, city.timeZone)}
          </li>
          {view.history.map((h) => (
            <li>
              <strong>{stateLabel(t, h.toState)}</strong> – {formatDate(h.createdAt, locale, city.timeZone)}
              <p class="preserve-lines">{h.explanation}</p>
            </li>
          ))}
        </ol>
        {view.history.length === 0 && <p class="hint">{t("arena.entry.noAnswerYet")}</p>}
        <p>
          <a href={`${path}/versions`}>{t("arena.entry.versions", { count: e.version })}</a>
          {viewer.mayEdit && (
            <>
              {" · "}
              <a href={`${path}/edit`}>{t("arena.entry.edit")}</a>
            </>
          )}
        </p>
      </section>
      {viewer.mayManage && <OfficeActions {...props} />}
      <section aria-labelledby="comments-heading" id="comments">
        <h2 id="comments-heading">{t("arena.entry.comments", { count: e.commentCount })}</h2>
        <CommentThread page={page} thread={props.thread} framed={false} />
      </section>
      <p>
        <ReportLink page={page} resource={resource} title={title} />
      </p>
    </Layout>
  );
}

/**
 * The parts of the page that are the signed-in reader's own (see page-cache-parts.tsx): in a page
 * drawn for everyone with the same rights they show what a reader who has done nothing here sees.
 */
const OWN = { support: "arena-support", follow: "arena-follow", offer: "arena-offer" } as const;

function SupportBox(props: EntryPageProps) {
  const { page, view, viewer } = props;
  const { t } = page;
  const e = view.entry;
  const path = `/arena/${e.number}`;
  return (
    <section class="arena-support" aria-labelledby="support-heading">
      <h2 id="support-heading" class="visually-hidden">
        {t("arena.support.heading")}
      </h2>
      <p class="arena-support__count">
        {t(e.supportCount === 1 ? "arena.support.countOne" : "arena.support.count", { count: e.supportCount })}
      </p>
      {viewer.signedIn ? (
        <OwnPart name={OWN.support} shared={viewer.shared}>
          <SupportForm page={page} entry={e} supported={viewer.supported} />
        </OwnPart>
      ) : (
        <a class="button" href={`/login?next=${encodeURIComponent(path)}`}>
          {t("arena.support.signIn")}
        </a>
      )}
      <OwnPart name={OWN.follow} shared={viewer.shared}>
        <EntryFollowButton page={page} entry={e} following={viewer.following} />
      </OwnPart>
    </section>
  );
}

function SupportForm(props: { page: PageContext; entry: EntryView["entry"]; supported: boolean }) {
  const { page, supported } = props;
  return (
    <Form
      page={page}
      action={`/arena/${props.entry.number}/${supported ? "unsupport" : "support"}`}
      class="inline-form"
    >
      <button type="submit" class={supported ? "button button-secondary" : "button"}>
        {supported ? page.t("arena.support.withdraw") : page.t("arena.support.add")}
      </button>
    </Form>
  );
}

function EntryFollowButton(props: { page: PageContext; entry: EntryView["entry"]; following: boolean }) {
  const { entry } = props;
  return (
    <FollowButton
      page={props.page}
      resource={{ type: ENTRY_TYPE, id: entry.id }}
      following={props.following}
      returnTo={`/arena/${entry.number}`}
    />
  );
}

/** The workshops on the entry, each with what it decided to do next once it is documented. */
function EventsSection(props: { page: PageContext; events: EntryView["events"] }) {
  const { t, locale, city } = props.page;
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t("arena.entry.events")}</h2>
      <ul class="plain-list">
        {props.events.map((event) => (
          <li>
            <a href={workshopPath(event.id)}>{event.title}</a> – {formatDate(event.startsAt, locale, city.timeZone)}
            {event.followUps.length > 0 && (
              <>
                <p>{t("arena.entry.eventFollowUps")}</p>
                <ul>
                  {event.followUps.map((step) => (
                    <li>{step}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What a reader who offered to take part sees instead of the form. */
function OfferState(props: { page: PageContext; status: "pending" | "accepted" }) {
  return <p>{props.page.t(`arena.team.myOffer.${props.status}`)}</p>;
}

/**
 * The signed-in reader's own versions of the parts of a page drawn for everyone (`sharedViewerOf`):
 * only those that differ from what a reader who has done nothing here sees.
 */
export function ownEntryParts(page: PageContext, view: EntryView, reader: ReaderState): Record<string, Child> {
  const e = view.entry;
  const parts: Record<string, Child> = {};
  if (reader.supported) parts[OWN.support] = <SupportForm page={page} entry={e} supported />;
  if (reader.following) parts[OWN.follow] = <EntryFollowButton page={page} entry={e} following />;
  if (reader.offer) parts[OWN.offer] = <OfferState page={page} status={reader.offer} />;
  return parts;
}

/** Words of the page's language, then the author's note in the author's language. */
function WithNote(props: { labels: string[]; note: string; lang: string | undefined }) {
  return (
    <>
      {props.labels.join(", ")}
      {props.note && (
        <>
          {" – "}
          <span lang={props.lang}>{props.note}</span>
        </>
      )}
    </>
  );
}

function Compass(props: {
  page: PageContext;
  entry: EntryView["entry"];
  values: CompassValueChoice[];
  lang: string | undefined;
}) {
  const { t } = props.page;
  const answers = props.values.flatMap((v) => {
    const answer = props.entry.compass[v.id];
    return answer ? [{ value: v, answer }] : [];
  });
  if (answers.length === 0) return null;
  return (
    <section aria-labelledby="compass-heading">
      <h2 id="compass-heading">{t("arena.compass.heading")}</h2>
      <p class="hint">{t("arena.compass.selfAssessment")}</p>
      <DescriptionList
        items={answers.map(({ value, answer }) => ({
          term: value.name,
          value: (
            <WithNote labels={[t(`arena.compass.score.${answer.score}`)]} note={answer.reason} lang={props.lang} />
          ),
        }))}
      />
    </section>
  );
}

function TeamSection(props: EntryPageProps) {
  const { page, view, viewer } = props;
  const { t, locale, city } = page;
  const e = view.entry;
  const path = `/arena/${e.number}`;
  const closed = e.state === "accepted" || e.state === "declined" || e.hiddenReason !== null;
  const pending = viewer.collaborations.filter((c) => c.status === "pending");
  const form = props.form?.name === "collaborate" ? props.form : undefined;
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">{t("arena.team.heading")}</h2>
      <ul>
        <li>
          {view.authorName ?? t("arena.deletedAccount")} ({t("arena.team.author")})
        </li>
        {view.team.map((name) => (
          <li>{name ?? t("arena.deletedAccount")}</li>
        ))}
      </ul>
      {viewer.isAuthor && (
        <>
          {viewer.collaborations.some((c) => c.status === "accepted" && c.email) && (
            <>
              <h3>{t("arena.team.contacts")}</h3>
              <ul>
                {viewer.collaborations
                  .filter((c) => c.status === "accepted" && c.email)
                  .map((c) => (
                    <li>
                      {c.name}: <a href={`mailto:${c.email}`}>{c.email}</a>
                    </li>
                  ))}
              </ul>
            </>
          )}
          <h3>{t("arena.team.offers", { count: pending.length })}</h3>
          {pending.length === 0 ? (
            <p>{t("arena.team.noOffers")}</p>
          ) : (
            <ul class="cards">
              {pending.map((c) => (
                <li class="card">
                  <p>
                    <strong>{c.name ?? t("arena.deletedAccount")}</strong> –{" "}
                    {formatDate(c.createdAt, locale, city.timeZone)}
                  </p>
                  <p class="preserve-lines">{c.message}</p>
                  <Form page={page} action={`${path}/collaborations/${c.id}`} class="inline-form">
                    <button type="submit" name="answer" value="accept" class="button">
                      {t("arena.team.accept")}
                    </button>{" "}
                    <button type="submit" name="answer" value="decline" class="button button-secondary">
                      {t("arena.team.decline")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
          <ConsortiumRequests {...props} />
        </>
      )}
      {!viewer.isAuthor && !closed && (
        <>
          <h3>{t("arena.team.join")}</h3>
          {!viewer.signedIn ? (
            <p>
              <a href={`/login?next=${encodeURIComponent(path)}`}>{t("arena.team.signIn")}</a>
            </p>
          ) : (
            <OwnPart name={OWN.offer} shared={viewer.shared}>
              {viewer.myOffer ? (
                <OfferState page={page} status={viewer.myOffer.status} />
              ) : (
                <Form page={page} action={`${path}/collaborate`}>
                  <TextArea
                    name="message"
                    label={t("arena.team.message")}
                    hint={t("arena.team.messageHint")}
                    rows={4}
                    required
                    errors={form?.errors}
                    values={form?.values}
                  />
                  <button type="submit" class="button">
                    {t("arena.team.send")}
                  </button>
                </Form>
              )}
            </OwnPart>
          )}
        </>
      )}
    </section>
  );
}
