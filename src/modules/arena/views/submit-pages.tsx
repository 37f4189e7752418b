import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { OpenIdeaCall } from "../../../platform/idea-calls/idea-calls";
import { districtOptions } from "../../../platform/reference-data";
import { CheckboxGroup } from "../../../ui/components/checkbox-group";
import { Alert } from "../../../ui/components/content";
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { HoneypotField } from "../../moderation";
import type { ActionFieldChoice, CompassValueChoice } from "../../strategy";
import { compassScores, type DraftContent, entryKinds, resourceTypes } from "../domain/entry";
import { missingSteps, type SubmissionStep, submissionSteps } from "../domain/inputs";
import type { EntryListRow } from "../use-cases/list-entries";
import type { AttachmentItem } from "../use-cases/show-attachment";
import { DraftAttachments } from "./attachments";
import { EntryCard } from "./entry-card";
import { kindLabel, resourceLabel } from "./format";

export interface StepPageProps {
  page: PageContext;
  draftId: string;
  step: SubmissionStep;
  /** The furthest step the draft has reached (1-based): earlier steps are links. */
  reached: number;
  content: DraftContent;
  actionFields: ActionFieldChoice[];
  compassValues: CompassValueChoice[];
  /** The calls for ideas the author may submit to now (offered with the place, named in the summary). */
  ideaCalls?: OpenIdeaCall[];
  similar?: EntryListRow[];
  /** The draft's images and documents (on the last step). */
  attachments?: AttachmentItem[];
  errors?: FieldErrors;
  /** What was sent with a mistake, shown again instead of the saved draft. */
  sent?: FormValues;
  sentLists?: Record<string, string[]>;
}

/** The text values of a saved draft as a form shows them. */
export function savedValues(content: DraftContent): FormValues {
  const values: FormValues = {};
  for (const key of [
    "title",
    "problem",
    "affected",
    "approach",
    "kind",
    "offerNote",
    "needNote",
    "ideaCall",
  ] as const) {
    const value = content[key];
    if (typeof value === "string") values[key] = value;
  }
  for (const [id, answer] of Object.entries(content.compass ?? {})) {
    values[`score.${id}`] = String(answer.score);
    values[`reason.${id}`] = answer.reason;
  }
  if (content.districtIds) values.scope = content.districtIds.length === 0 ? "city" : "districts";
  return values;
}

/**
 * One step of bringing in an entry. Every step is a plain form (no JavaScript needed); "Next" and
 * "Back" both save the step in the draft on the server.
 */
export function SubmissionStepPage(props: StepPageProps) {
  const { page, step } = props;
  const { t } = page;
  const index = submissionSteps.indexOf(step);
  const values = props.sent ?? savedValues(props.content);
  const lists = (name: "actionFieldIds" | "districtIds" | "offers" | "needs") =>
    props.sentLists?.[name] ?? props.content[name] ?? [];
  const heading = t(`arena.step.${step}.heading`);
  return (
    <Layout page={page} title={`${heading} – ${t("arena.new.title")}`} section="arena">
      <p class="breadcrumb">
        <a href="/arena/new">{t("arena.new.title")}</a>
      </p>
      <StepList page={page} draftId={props.draftId} current={index} reached={props.reached} />
      <h1>{heading}</h1>
      <p class="lead">{t(`arena.step.${step}.lead`)}</p>
      <ErrorSummary page={page} errors={props.errors} />
      {step === "review" ? (
        <Review {...props} />
      ) : (
        <Form page={page} action={`/arena/drafts/${props.draftId}/${step}`}>
          {/* Enter in a text field means "next", the first button of the form. */}
          <StepFields {...props} values={values} lists={lists} />
          <div class="actions">
            <SubmitButton name="go" value="next">
              {t("arena.step.next")}
            </SubmitButton>{" "}
            {index > 0 && (
              <SubmitButton name="go" value="back" variant="secondary">
                {t("arena.step.back")}
              </SubmitButton>
            )}
          </div>
          <p class="hint">{t("arena.step.saved")}</p>
        </Form>
      )}
    </Layout>
  );
}

function StepList(props: { page: PageContext; draftId: string; current: number; reached: number }) {
  const { t } = props.page;
  return (
    <nav aria-label={t("arena.step.progress")}>
      <p>{t("arena.step.of", { current: props.current + 1, total: submissionSteps.length })}</p>
      <ol class="steps">
        {submissionSteps.map((s, i) => (
          <li aria-current={i === props.current ? "step" : undefined}>
            {i !== props.current && i < props.reached ? (
              <a href={`/arena/drafts/${props.draftId}/${s}`}>{t(`arena.step.${s}.short`)}</a>
            ) : (
              t(`arena.step.${s}.short`)
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function StepFields(
  props: StepPageProps & {
    values: FormValues;
    lists: (name: "actionFieldIds" | "districtIds" | "offers" | "needs") => string[];
  },
) {
  const { page, values, errors } = props;
  const { t, locale } = page;
  switch (props.step) {
    case "problem":
      return (
        <>
          <TextField
            name="title"
            label={t("arena.field.title")}
            hint={t("arena.field.titleHint")}
            required
            values={values}
            errors={errors}
          />
          <TextArea
            name="problem"
            label={t("arena.field.problem")}
            hint={t("arena.field.problemHint")}
            required
            rows={8}
            values={values}
            errors={errors}
          />
          <TextArea
            name="affected"
            label={t("arena.field.affected")}
            hint={t("arena.field.affectedHint")}
            rows={4}
            values={values}
            errors={errors}
          />
        </>
      );
    case "approach":
      return (
        <>
          <TextArea
            name="approach"
            label={t("arena.field.approach")}
            hint={t("arena.field.approachHint")}
            rows={8}
            values={values}
            errors={errors}
          />
          <fieldset id="field-kind" class={errors?.kind ? "radio-group has-error" : "radio-group"} tabindex={-1}>
            <legend>{t("arena.field.kind")}</legend>
            {errors?.kind && <p class="field-error">{errors.kind}</p>}
            {entryKinds.map((kind) => (
              <div class="field checkbox">
                <input
                  type="radio"
                  id={`field-kind-${kind}`}
                  name="kind"
                  value={kind}
                  checked={values.kind === kind}
                  aria-describedby={`hint-kind-${kind}`}
                />
                <label for={`field-kind-${kind}`}>{kindLabel(t, kind)}</label>
                <p class="hint" id={`hint-kind-${kind}`}>
                  {t(`arena.kindHint.${kind}`)}
                </p>
              </div>
            ))}
          </fieldset>
        </>
      );
    case "place": {
      const clusters = [...new Map(props.actionFields.map((a) => [a.cluster.id, a.cluster.name])).entries()];
      return (
        <>
          <CheckboxGroup
            name="actionFieldIds"
            legend={t("arena.field.actionFields")}
            hint={t("arena.field.actionFieldsHint")}
            options={[]}
            groups={clusters.map(([id, name]) => ({
              label: name,
              options: props.actionFields
                .filter((a) => a.cluster.id === id)
                .map((a) => ({ value: a.id, label: a.name })),
            }))}
            checked={props.lists("actionFieldIds")}
            error={errors?.actionFieldIds}
          />
          <fieldset id="field-scope" class="radio-group" tabindex={-1}>
            <legend>{t("arena.field.place")}</legend>
            {errors?.scope && <p class="field-error">{errors.scope}</p>}
            {(["city", "districts"] as const).map((scope) => (
              <div class="field checkbox">
                <input
                  type="radio"
                  id={`field-scope-${scope}`}
                  name="scope"
                  value={scope}
                  checked={(values.scope ?? "city") === scope}
                />
                <label for={`field-scope-${scope}`}>{t(`arena.place.${scope}`)}</label>
              </div>
            ))}
          </fieldset>
          <CheckboxGroup
            name="districtIds"
            legend={t("arena.field.districts")}
            hint={t("arena.field.districtsHint")}
            options={districtOptions(page.city, locale)}
            checked={props.lists("districtIds")}
            error={errors?.districtIds}
          />
          {props.ideaCalls && props.ideaCalls.length > 0 && (
            <IdeaCallField page={page} calls={props.ideaCalls} value={values.ideaCall ?? ""} error={errors?.ideaCall} />
          )}
        </>
      );
    }
    case "compass":
      return (
        <>
          {props.compassValues.map((value) => (
            <fieldset class="compass-value" id={`field-score.${value.id}`} tabindex={-1}>
              <legend>{value.name}</legend>
              {value.question && <p class="hint">{value.question}</p>}
              {errors?.[`score.${value.id}`] && <p class="field-error">{errors[`score.${value.id}`]}</p>}
              <div class="radio-row">
                {compassScores.map((score) => (
                  <div class="field checkbox">
                    <input
                      type="radio"
                      id={`field-score-${value.id}-${score}`}
                      name={`score.${value.id}`}
                      value={String(score)}
                      checked={(values[`score.${value.id}`] ?? "0") === String(score)}
                    />
                    <label for={`field-score-${value.id}-${score}`}>{t(`arena.compass.score.${score}`)}</label>
                  </div>
                ))}
              </div>
              <TextField
                name={`reason.${value.id}`}
                label={t("arena.compass.reason", { value: value.name })}
                values={values}
                errors={errors}
              />
            </fieldset>
          ))}
        </>
      );
    case "offers":
      return (
        <>
          <CheckboxGroup
            name="offers"
            legend={t("arena.field.offers")}
            hint={t("arena.field.offersHint")}
            options={resourceTypes.map((r) => ({ value: r, label: resourceLabel(t, r) }))}
            checked={props.lists("offers")}
            error={errors?.offers}
          />
          <TextArea name="offerNote" label={t("arena.field.offerNote")} rows={3} values={values} errors={errors} />
          <CheckboxGroup
            name="needs"
            legend={t("arena.field.needs")}
            hint={t("arena.field.needsHint")}
            options={resourceTypes.map((r) => ({ value: r, label: resourceLabel(t, r) }))}
            checked={props.lists("needs")}
            error={errors?.needs}
          />
          <TextArea name="needNote" label={t("arena.field.needNote")} rows={3} values={values} errors={errors} />
        </>
      );
    default:
      return null;
  }
}

/**
 * "Für ein Beteiligungsverfahren einreichen": the calls for ideas open now, none chosen unless the
 * draft is meant for one of them (a call that closed in between is no longer offered).
 */
function IdeaCallField(props: { page: PageContext; calls: OpenIdeaCall[]; value: string; error?: string }) {
  const { t } = props.page;
  const chosen = props.calls.some((call) => call.key === props.value) ? props.value : "";
  const options = [{ key: "", title: t("arena.ideaCall.none") }, ...props.calls];
  return (
    <fieldset
      id="field-ideaCall"
      class={props.error ? "radio-group has-error" : "radio-group"}
      tabindex={-1}
      aria-describedby="hint-ideaCall"
    >
      <legend>{t("arena.field.ideaCall")}</legend>
      <p class="hint" id="hint-ideaCall">
        {t("arena.field.ideaCallHint")}
      </p>
      {props.error && <p class="field-error">{props.error}</p>}
      {options.map((call, i) => (
        <div class="field checkbox">
          <input
            type="radio"
            id={`field-ideaCall-${i}`}
            name="ideaCall"
            value={call.key}
            checked={chosen === call.key}
          />
          <label for={`field-ideaCall-${i}`}>{call.title}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The call for ideas the draft is meant for, in the summary: its name, or that it takes no ideas now. */
function ReviewIdeaCall(props: StepPageProps) {
  const { t } = props.page;
  const key = props.content.ideaCall ?? "";
  const call = props.ideaCalls?.find((c) => c.key === key);
  if (!key && (props.ideaCalls ?? []).length === 0) return null;
  const error = props.errors?.ideaCall ?? (key && !call ? t("arena.review.ideaCallClosed") : undefined);
  return (
    <>
      <dt>{t("arena.review.ideaCall")}</dt>
      <dd id="field-ideaCall" tabindex={-1}>
        {call ? <a href={call.href}>{call.title}</a> : !key && t("arena.review.ideaCallNone")}
        {error && <p class="field-error">{error}</p>}{" "}
        <a href={`/arena/drafts/${props.draftId}/place`}>
          {t("arena.review.ideaCallChange")}
          <span class="visually-hidden">{`: ${t("arena.review.ideaCall")}`}</span>
        </a>
      </dd>
    </>
  );
}

/** The last step: similar entries first (join instead of duplicating), then a summary and "submit". */
function Review(props: StepPageProps) {
  const { page } = props;
  const { t } = page;
  const c = props.content;
  const missing = missingSteps(c);
  return (
    <>
      {missing.length > 0 && (
        <Alert tone="warning" title={t("arena.review.missing")}>
          <ul>
            {missing.map((step) => (
              <li>
                <a href={`/arena/drafts/${props.draftId}/${step}`}>{t(`arena.step.${step}.heading`)}</a>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <section aria-labelledby="similar-heading">
        <h2 id="similar-heading">{t("arena.similar.heading")}</h2>
        {props.similar && props.similar.length > 0 ? (
          <>
            <p>{t("arena.similar.lead")}</p>
            <ul class="cards">
              {props.similar.map((entry) => (
                <EntryCard page={page} entry={entry} level={3} />
              ))}
            </ul>
          </>
        ) : (
          <p>{t("arena.similar.none")}</p>
        )}
      </section>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t("arena.review.summary")}</h2>
        <dl>
          <dt>{t("arena.field.title")}</dt>
          <dd>{c.title ?? ""}</dd>
          <dt>{t("arena.field.kind")}</dt>
          <dd>{c.kind ? kindLabel(t, c.kind) : ""}</dd>
          <dt>{t("arena.field.problem")}</dt>
          <dd class="preserve-lines">{c.problem ?? ""}</dd>
          <ReviewIdeaCall {...props} />
        </dl>
      </section>
      <DraftAttachments
        page={page}
        draftId={props.draftId}
        files={props.attachments ?? []}
        errors={props.errors}
        values={props.sent}
      />
      <Form page={page} action={`/arena/drafts/${props.draftId}/submit`}>
        <HoneypotField page={page} />
        {props.errors?.form && <Alert tone="danger">{props.errors.form}</Alert>}
        <p>{t("arena.review.public")}</p>
        <SubmitButton>{t("arena.review.submit")}</SubmitButton>
      </Form>
    </>
  );
}

/** The start of a submission: what happens, and the drafts the account has begun. */
export function NewEntryPage(props: {
  page: PageContext;
  drafts: Array<{ id: string; title: string | null; step: number; updatedAt: Date }>;
  refusal: string | null;
  /** Coming from a call for ideas: its key, and the call if it is open for the account now. */
  call?: { key: string; open: OpenIdeaCall | null } | null;
}) {
  const open = props.call?.open ?? null;
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("arena.new.title")} section="arena">
      <p class="breadcrumb">
        <a href="/arena">{t("arena.list.title")}</a>
      </p>
      <h1>{t("arena.new.title")}</h1>
      <p class="lead">{t("arena.new.lead")}</p>
      {open && (
        <Alert tone="info" title={t("arena.new.callTitle")}>
          <p>
            {t("arena.new.call", { title: open.title })} <a href={open.href}>{t("arena.new.callPage")}</a>
          </p>
        </Alert>
      )}
      {props.call && !open && (
        <Alert tone="warning" title={t("arena.new.callTitle")}>
          <p>{t("arena.new.callClosed")}</p>
        </Alert>
      )}
      <ol>
        {submissionSteps.map((s) => (
          <li>{t(`arena.step.${s}.short`)}</li>
        ))}
      </ol>
      <p>{t("arena.new.drafts")}</p>
      {props.refusal ? (
        <Alert tone="warning">{props.refusal}</Alert>
      ) : (
        <Form page={page} action="/arena/new">
          {open && <input type="hidden" name="call" value={open.key} />}
          <SubmitButton>{t("arena.new.start")}</SubmitButton>
        </Form>
      )}
      {props.drafts.length > 0 && (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{t("arena.new.myDrafts")}</h2>
          {open && <p>{t("arena.new.callDrafts")}</p>}
          <ul>
            {props.drafts.map((d) => (
              <li>
                <a href={`/arena/drafts/${d.id}/${submissionSteps[Math.max(0, d.step - 1)] ?? "problem"}`}>
                  {d.title || t("arena.new.untitled")}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

/** The author's edit page: the fields of every step in one form, until qualification starts. */
export function EditEntryPage(props: Omit<StepPageProps, "step" | "draftId" | "reached"> & { number: number }) {
  const { page } = props;
  const { t } = page;
  const values = props.sent ?? savedValues(props.content);
  const lists = (name: "actionFieldIds" | "districtIds" | "offers" | "needs") =>
    props.sentLists?.[name] ?? props.content[name] ?? [];
  const steps = submissionSteps.filter((s) => s !== "review");
  return (
    <Layout page={page} title={t("arena.edit.title")} section="arena">
      <p class="breadcrumb">
        <a href={`/arena/${props.number}`}>{props.content.title ?? ""}</a>
      </p>
      <h1>{t("arena.edit.title")}</h1>
      <p class="lead">{t("arena.edit.lead")}</p>
      <ErrorSummary page={page} errors={props.errors} />
      <Form page={page} action={`/arena/${props.number}/edit`}>
        {steps.map((step) => (
          <section aria-labelledby={`edit-${step}`}>
            <h2 id={`edit-${step}`}>{t(`arena.step.${step}.heading`)}</h2>
            <StepFields {...props} step={step} draftId="" reached={0} values={values} lists={lists} />
          </section>
        ))}
        <SubmitButton>{t("arena.edit.save")}</SubmitButton>
      </Form>
    </Layout>
  );
}
