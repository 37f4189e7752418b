import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { Translate } from "../../../platform/i18n/i18n";
import { Badge } from "../../../ui/components/content";
import {
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { StoredDefinition } from "../domain/monitoring-view";
import type { ReviewProposal, ReviewReport } from "../domain/review-records";
import { type Lesson, lessonTopics, MAX_LESSONS } from "../domain/review-round";
import type { ReportPage } from "../use-cases/show-reviews";
import { formatDay, localized } from "./format";
import { ProposalSlots, savedProposalValues } from "./proposal-slots";
import { proposalText } from "./proposal-text";

export { proposalText };

type SentForm = { errors: FieldErrors; values: FormValues };

const roundHref = (id: string) => `/reviews/${encodeURIComponent(id)}`;

/** A report's lessons, each with its topic and tags. */
export function LessonList(props: { t: Translate; lessons: readonly Lesson[] }) {
  return (
    <ul>
      {props.lessons.map((lesson) => (
        <li>
          {lesson.text}{" "}
          {lesson.tags.map((tag) => (
            <>
              <Badge>{topicLabel(props.t, tag)}</Badge>{" "}
            </>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** A text people wrote, paragraph by paragraph (an empty line starts a new one). */
export function TextBlock(props: { text: string; empty: string }) {
  const parts = props.text.split(/\n\s*\n/).filter((part) => part.trim() !== "");
  if (parts.length === 0) return <p class="hint">{props.empty}</p>;
  return (
    <>
      {parts.map((part) => (
        <p>{part}</p>
      ))}
    </>
  );
}

function DecisionState(props: { t: Translate; proposal: ReviewProposal }) {
  const { t, proposal } = props;
  if (proposal.decision === null) return <Badge tone="info">{t("monitoring.review.proposal.open")}</Badge>;
  if (proposal.decision === "returned") return <Badge tone="warning">{t("monitoring.review.proposal.returned")}</Badge>;
  return (
    <Badge tone="success">
      {proposal.appliedVersion
        ? t("monitoring.review.proposal.acceptedIn", { version: proposal.appliedVersion })
        : t("monitoring.review.proposal.accepted")}
    </Badge>
  );
}

/** A report as everyone reads it once it is published (and its team and the office before). */
export function ReportBody(props: {
  page: PageContext;
  report: ReviewReport;
  headingLevel: 2 | 3 | 4;
  definitions?: ReadonlyMap<string, StoredDefinition>;
}) {
  const { page, report } = props;
  const { t, locale, city } = page;
  const H = `h${props.headingLevel}` as "h2";
  const empty = t("monitoring.review.report.empty");
  return (
    <div class="review-report">
      {report.submittedAt ? (
        <p>{t("monitoring.review.report.sentOn", { date: formatDay(locale, report.submittedAt, city.timeZone) })}</p>
      ) : (
        <p>{t("monitoring.review.report.notSent")}</p>
      )}
      <H>{t("monitoring.review.report.valuesNote")}</H>
      <TextBlock text={report.valuesNote} empty={empty} />
      <H>{t("monitoring.review.report.narrative")}</H>
      <TextBlock text={report.narrative} empty={empty} />
      <H>{t("monitoring.review.report.wentWell")}</H>
      <TextBlock text={report.wentWell} empty={empty} />
      <H>{t("monitoring.review.report.lessons")}</H>
      {report.lessons.length === 0 ? (
        <p class="hint">{t("monitoring.review.report.noLessons")}</p>
      ) : (
        <LessonList t={t} lessons={report.lessons} />
      )}
      <H>{t("monitoring.review.report.risks")}</H>
      <TextBlock text={report.risks} empty={empty} />
      <H>{t("monitoring.review.report.proposals")}</H>
      {report.proposals.length === 0 ? (
        <p class="hint">{t("monitoring.review.report.noProposals")}</p>
      ) : (
        <ul>
          {report.proposals.map((proposal) => (
            <li>
              <strong>{proposalText(t, locale, proposal.change, props.definitions)}</strong>{" "}
              <DecisionState t={t} proposal={proposal} />
              <br />
              {t("monitoring.review.proposal.reason", { reason: proposal.change.reason })}
              {proposal.comment !== "" && (
                <>
                  <br />
                  {t("monitoring.review.proposal.comment", { comment: proposal.comment })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A tag as people read it: a topic of the vocabulary by its name, a free tag as it is. */
export function topicLabel(t: Translate, tag: string): string {
  return (lessonTopics as readonly string[]).includes(tag) ? t(`monitoring.review.topic.${tag}`) : tag;
}

/** What the team's form shows: what was typed when it came back with mistakes, else what is saved. */
function reportValues(data: ReportPage, form?: SentForm): FormValues {
  if (form) return form.values;
  const { report } = data;
  const values: FormValues = {
    valuesNote: report.valuesNote,
    narrative: report.narrative,
    wentWell: report.wentWell,
    risks: report.risks,
  };
  report.lessons.forEach((lesson, i) => {
    const topic = lesson.tags.find((tag) => (lessonTopics as readonly string[]).includes(tag)) ?? "";
    values[`lesson-${i}-text`] = lesson.text;
    values[`lesson-${i}-topic`] = topic;
    values[`lesson-${i}-tags`] = lesson.tags.filter((tag) => tag !== topic).join(", ");
  });
  return { ...values, ...savedProposalValues(report.proposals.map((proposal) => proposal.change)) };
}

/** How many numbered slots the form shows: those filled, and one empty one more. */
function slots(values: FormValues, prefix: string, max: number): number {
  let filled = 0;
  for (const name of Object.keys(values)) {
    const match = new RegExp(`^${prefix}-(\\d+)-`).exec(name);
    if (match && (values[name] ?? "") !== "") filled = Math.max(filled, Number(match[1]) + 1);
  }
  return Math.min(filled + 1, max);
}

function TeamForm(props: { page: PageContext; data: ReportPage; form?: SentForm }) {
  const { page, data } = props;
  const { t, locale } = page;
  const values = reportValues(data, props.form);
  const fields = { errors: props.form?.errors, values };
  const topics = lessonTopics.map((topic) => ({ value: topic, label: t(`monitoring.review.topic.${topic}`) }));
  const action = `${roundHref(data.round.id)}/measures/${encodeURIComponent(data.measure.slug)}`;
  return (
    <Form page={page} action={action}>
      <ErrorSummary page={page} errors={fields.errors} />
      <p>
        <a href={`/measures/${encodeURIComponent(data.measure.slug)}/monitoring`}>
          {t("monitoring.review.report.measureLink")}
        </a>
      </p>
      <TextArea
        name="valuesNote"
        label={t("monitoring.review.report.valuesNote")}
        hint={t("monitoring.review.report.valuesNoteHint")}
        rows={3}
        {...fields}
      />
      <TextArea name="narrative" label={t("monitoring.review.report.narrative")} rows={5} {...fields} />
      <TextArea name="wentWell" label={t("monitoring.review.report.wentWell")} rows={4} {...fields} />
      <h2>{t("monitoring.review.report.lessons")}</h2>
      <p>{t("monitoring.review.report.lessonsLead")}</p>
      {Array.from({ length: slots(values, "lesson", MAX_LESSONS) }, (_, i) => (
        <fieldset>
          <legend>{t("monitoring.review.report.lesson", { n: i + 1 })}</legend>
          <TextArea name={`lesson-${i}-text`} label={t("monitoring.review.report.lessonText")} rows={3} {...fields} />
          <SelectField
            name={`lesson-${i}-topic`}
            label={t("monitoring.review.report.topic")}
            options={topics}
            emptyLabel={t("monitoring.review.report.noTopic")}
            {...fields}
          />
          <TextField
            name={`lesson-${i}-tags`}
            label={t("monitoring.review.report.tags")}
            hint={t("monitoring.review.report.tagsHint")}
            {...fields}
          />
        </fieldset>
      ))}
      <TextArea name="risks" label={t("monitoring.review.report.risks")} rows={4} {...fields} />
      <ProposalSlots t={t} locale={locale} data={data} errors={fields.errors} values={values} />
      <p class="hint">{t("monitoring.review.report.submitHint")}</p>
      <SubmitButton variant="secondary" name="intent" value="draft">
        {t("monitoring.review.report.saveDraft")}
      </SubmitButton>{" "}
      <SubmitButton name="intent" value="submit">
        {t("monitoring.review.report.submit")}
      </SubmitButton>
    </Form>
  );
}

function DecisionForm(props: { page: PageContext; data: ReportPage; form?: SentForm }) {
  const { page, data } = props;
  const { t, locale } = page;
  const open = data.report.proposals.filter((proposal) => proposal.decision === null);
  if (open.length === 0) return null;
  const fields = { errors: props.form?.errors, values: props.form?.values };
  const action = `${roundHref(data.round.id)}/measures/${encodeURIComponent(data.measure.slug)}/decisions`;
  return (
    <section class="office-panel" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t("monitoring.review.decide.heading")}</h2>
      <p>{t("monitoring.review.decide.lead")}</p>
      <Form page={page} action={action}>
        <ErrorSummary page={page} errors={fields.errors} />
        {open.map((proposal) => (
          <fieldset>
            <legend>{proposalText(t, locale, proposal.change, data.definitions, data.model?.model)}</legend>
            <p>{t("monitoring.review.proposal.reason", { reason: proposal.change.reason })}</p>
            <SelectField
              name={`decision-${proposal.id}`}
              label={t("monitoring.review.decide.decision")}
              options={[
                { value: "accepted", label: t("monitoring.review.decide.accept") },
                { value: "returned", label: t("monitoring.review.decide.return") },
              ]}
              emptyLabel={t("monitoring.review.decide.choose")}
              required
              {...fields}
            />
            <TextArea
              name={`comment-${proposal.id}`}
              label={t("monitoring.review.decide.comment")}
              hint={t("monitoring.review.decide.commentHint")}
              rows={2}
              {...fields}
            />
          </fieldset>
        ))}
        <SubmitButton>{t("monitoring.review.decide.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

export function ReportPageView(props: {
  page: PageContext;
  data: ReportPage;
  form?: SentForm & { name: "report" | "decide" };
  notice?: string;
}) {
  const { page, data } = props;
  const { t, locale } = page;
  const title = localized(data.measure.title, locale).text;
  const writes = data.mayReport && data.round.state === "open" && data.report.submittedAt === null;
  const decides = data.mayDecide && data.report.submittedAt !== null && data.round.state !== "published";
  return (
    <Layout page={page} title={t("monitoring.review.report.title", { measure: title })} section="monitoring">
      <p>
        <a href={roundHref(data.round.id)}>{t("monitoring.review.report.back")}</a>
      </p>
      <h1>{t("monitoring.review.report.title", { measure: title })}</h1>
      <p>{t("monitoring.review.report.round", { round: data.round.title })}</p>
      {props.notice && <Notice kind="success">{t(`monitoring.review.notice.${props.notice}`)}</Notice>}
      {writes ? (
        <TeamForm page={page} data={data} form={props.form?.name === "report" ? props.form : undefined} />
      ) : (
        <>
          {data.round.state !== "open" && data.report.submittedAt === null && (
            <p>{t("monitoring.review.report.closed")}</p>
          )}
          <ReportBody page={page} report={data.report} headingLevel={2} definitions={data.definitions} />
        </>
      )}
      {decides && (
        <DecisionForm page={page} data={data} form={props.form?.name === "decide" ? props.form : undefined} />
      )}
    </Layout>
  );
}
