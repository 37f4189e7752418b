import type { Child } from "hono/jsx";
import { OwnPart } from "../../../platform/http/page-cache-parts";
import { districtName } from "../../../platform/reference-data";
import { Alert, DescriptionList } from "../../../ui/components/content";
import { Notice } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { FollowButton } from "../../notifications";
import { processPath } from "../domain/process-path";
import { PROCESS_TYPE } from "../domain/stored-process";
import type { ProcessView } from "../use-cases/show-process";
import { PhaseTimeline } from "./phase-timeline";
import { textIn } from "./process-format";
import { ProcessBadges, stateText, subjectText } from "./process-parts";

export const processNotices = ["created", "saved"] as const;
export type ProcessNotice = (typeof processNotices)[number];

/** The reader's own part of a process page drawn for everyone (see page-cache-parts.tsx). */
const FOLLOW_PART = "process-follow";

function ProcessFollowButton(props: { page: PageContext; view: ProcessView }) {
  const { view } = props;
  return (
    <FollowButton
      page={props.page}
      resource={{ type: PROCESS_TYPE, id: view.process.id }}
      following={view.follow.following}
      followers={view.follow.followers}
      returnTo={processPath(view.process.slug)}
    />
  );
}

/**
 * The reader's own parts of a process page drawn for everyone: the follow button with the number
 * of followers, as of this request (no change counter covers follows).
 */
export function ownProcessParts(page: PageContext, view: ProcessView): Record<string, Child> {
  return { [FOLLOW_PART]: <ProcessFollowButton page={page} view={view} /> };
}

/**
 * A process's page: what it is about, who runs it, its phases, and following it. `shared`: drawn
 * once for every reader with the same rights, the follow button being each reader's own part.
 */
export function ProcessPage(props: { page: PageContext; view: ProcessView; notice?: ProcessNotice; shared?: boolean }) {
  const { page, view } = props;
  const { process } = view;
  const { t, locale, city } = page;
  const title = textIn(process.title, locale);
  const subjectName = subjectText(page, process, { measure: view.subject?.name, actionField: view.subject?.name });
  return (
    <Layout page={page} title={title} section="participation">
      <p class="breadcrumb">
        <a href="/participation">{t("participation.list.title")}</a>
      </p>
      {props.notice && <Notice kind="success">{t(`participation.notice.${props.notice}`)}</Notice>}
      <h1>{title}</h1>
      <p class="badges">
        <ProcessBadges page={page} process={process} now={view.now} />
      </p>
      {process.demo && (
        <Alert tone="info" title={t("participation.demo.title")}>
          <p>{t("participation.demo.text")}</p>
        </Alert>
      )}
      <p class="lead">{textIn(process.summary, locale)}</p>
      <p>{stateText(page, process, view.now)}</p>
      {!view.mayTakePart && (
        <Alert tone="info" title={t("participation.invitedOnly.title")}>
          <p>{t(page.user ? "participation.invitedOnly.signedIn" : "participation.invitedOnly.guest")}</p>
        </Alert>
      )}
      <DescriptionList
        items={[
          {
            term: t("participation.facts.subject"),
            value: view.subject ? <a href={view.subject.href}>{subjectName}</a> : subjectName,
          },
          { term: t("participation.facts.organisation"), value: process.organisation },
          { term: t("participation.facts.contact"), value: process.contact },
          {
            term: t("participation.facts.districts"),
            value:
              process.districts.length === 0
                ? t("participation.wholeCity")
                : process.districts.map((d) => districtName(city, d, locale)).join(", "),
          },
          {
            term: t("participation.facts.whoTakesPart"),
            value: t(`participation.visibility.explain.${process.visibility}`),
          },
        ]}
      />
      <OwnPart name={FOLLOW_PART} shared={props.shared === true}>
        <ProcessFollowButton page={page} view={view} />
      </OwnPart>
      <p class="hint">{t("participation.followHint")}</p>
      {view.mayManage && (
        <p class="actions">
          <a class="button button-secondary" href={`${processPath(process.slug)}/edit`}>
            {t("participation.edit")}
          </a>
        </p>
      )}
      <section aria-labelledby="phases-heading">
        <h2 id="phases-heading">{t("participation.phases.heading")}</h2>
        <PhaseTimeline
          page={page}
          process={process}
          now={view.now}
          events={view.events}
          ideas={view.ideas}
          mayManage={view.mayManage}
          mayTakePart={view.mayTakePart}
        />
      </section>
    </Layout>
  );
}
