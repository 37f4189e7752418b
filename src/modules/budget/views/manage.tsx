import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget, Heading, Project } from "../domain/model";
import type { Phase } from "../domain/phases";
import { ProjectStatus } from "./detail";
import { type EligibilityCounts, EligibilityManagement } from "./eligibility-manage";
import { contentLang, money } from "./format";
import { codeLetterTexts } from "./letter-text";
import { Written } from "./written";

/** One review form per project; field ids carry the project number so they stay unique on the page. */
function ReviewForm(props: {
  page: PageContext;
  budget: Budget;
  project: Project;
  candidates: Project[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = props.page;
  const n = props.project.number;
  const id = (name: string) => `field-${name}-${n}`;
  const error = (name: string) => props.errors?.[name];
  const value = (name: string) => props.values?.[name];
  const decision = value("decision") ?? (props.project.status === "proposed" ? "feasible" : props.project.status);
  return (
    <Form page={props.page} action={`/budgets/${props.budget.slug}/projects/${props.project.id}/review`}>
      <fieldset>
        <legend>{t("budget.review.decision")}</legend>
        {(["feasible", "not_feasible", "merged"] as const).map((d) => (
          <div class="field checkbox">
            <input type="radio" id={`${id("decision")}-${d}`} name="decision" value={d} checked={decision === d} />
            <label for={`${id("decision")}-${d}`}>{t(`budget.review.decision.${d}`)}</label>
          </div>
        ))}
      </fieldset>
      <div class={error("officialCost") ? "field has-error" : "field"}>
        <label for={id("officialCost")}>{t("budget.review.officialCost")}</label>
        <p class="hint" id={`hint-officialCost-${n}`}>
          {t("budget.review.officialCostHint")}
        </p>
        {error("officialCost") && <p class="field-error">{error("officialCost")}</p>}
        <input
          type="text"
          inputmode="numeric"
          id={id("officialCost")}
          name="officialCost"
          value={
            value("officialCost") ?? (props.project.officialCost !== null ? String(props.project.officialCost) : "")
          }
          aria-describedby={`hint-officialCost-${n}`}
        />
      </div>
      <div class={error("reason") ? "field has-error" : "field"}>
        <label for={id("reason")}>{t("budget.review.reason")}</label>
        <p class="hint" id={`hint-reason-${n}`}>
          {t("budget.review.reasonHint")}
        </p>
        {error("reason") && <p class="field-error">{error("reason")}</p>}
        <textarea id={id("reason")} name="reason" rows={3} aria-describedby={`hint-reason-${n}`}>
          {value("reason") ?? props.project.reviewReason ?? ""}
        </textarea>
      </div>
      {props.candidates.length > 0 && (
        <div class={error("mergeInto") ? "field has-error" : "field"}>
          <label for={id("mergeInto")}>{t("budget.review.mergeInto")}</label>
          {error("mergeInto") && <p class="field-error">{error("mergeInto")}</p>}
          <select id={id("mergeInto")} name="mergeInto">
            <option value="">{t("budget.review.mergeNone")}</option>
            {props.candidates.map((c) => (
              <option value={c.id} selected={value("mergeInto") === c.id || props.project.mergedInto === c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <SubmitButton>{t("budget.review.submit", { title: props.project.title })}</SubmitButton>
    </Form>
  );
}

export function ManagePage(props: {
  page: PageContext;
  budget: Budget;
  phase: Phase;
  headings: Heading[];
  projects: Project[];
  sameHeading: Map<string, Project[]>;
  totalProjects: number;
  current: number;
  pageSize: number;
  codes: { issued: number; used: number; batches: number };
  ballots: number;
  notice?: string;
  review?: { projectId: string; errors: FieldErrors; values: FormValues };
  codeErrors?: FieldErrors;
  eligibility?: EligibilityCounts;
  eligibilityErrors?: FieldErrors;
}) {
  const { t, locale } = props.page;
  const { budget, phase } = props;
  const canReview = phase === "proposals" || phase === "review";
  return (
    <Layout page={props.page} title={t("budget.manage.title", { title: budget.title })} section="budgets">
      <p>
        <a href={`/budgets/${budget.slug}`}>{t("budget.backTo", { title: budget.title })}</a>
      </p>
      <h1>{t("budget.manage.title", { title: budget.title })}</h1>
      {props.notice && <Notice kind="success">{t(props.notice)}</Notice>}
      <ErrorSummary page={props.page} errors={props.review?.errors ?? props.codeErrors} />
      <p>
        <a class="button button-secondary" href={`/budgets/${budget.slug}/edit`}>
          {t("budget.edit.link")}
        </a>
      </p>

      <h2>{t("budget.manage.phaseHeading")}</h2>
      <p>{t("budget.manage.currentPhase", { phase: t(`budget.phase.${phase}`) })}</p>
      {phase !== "implementation" && (
        <Form page={props.page} action={`/budgets/${budget.slug}/manage/phase`}>
          <p class="hint">{t("budget.manage.nextPhaseHint")}</p>
          <SubmitButton variant="secondary">{t(`budget.manage.start.${phase}`)}</SubmitButton>
        </Form>
      )}

      <h2>{t("budget.manage.codesHeading")}</h2>
      <p>
        {t("budget.manage.codesStats", { issued: props.codes.issued, used: props.codes.used, ballots: props.ballots })}
      </p>
      {phase !== "results" && phase !== "implementation" && (
        <Form page={props.page} action={`/budgets/${budget.slug}/codes`}>
          <p class="hint">{t("budget.codes.hint")}</p>
          <div class="field">
            <label for="field-codes-heading">{t("budget.codes.heading")}</label>
            <select id="field-codes-heading" name="headingId">
              {props.headings.map((h) => (
                <option value={h.id}>{h.name}</option>
              ))}
            </select>
          </div>
          <div class={props.codeErrors?.count ? "field has-error" : "field"}>
            <label for="field-count">{t("budget.codes.count")}</label>
            {props.codeErrors?.count && <p class="field-error">{props.codeErrors.count}</p>}
            <input type="text" inputmode="numeric" id="field-count" name="count" value="100" />
          </div>
          <div class="actions">
            <SubmitButton name="format" value="html">
              {t("budget.codes.print")}
            </SubmitButton>
            <SubmitButton variant="secondary" name="format" value="csv">
              {t("budget.codes.csv")}
            </SubmitButton>
            <SubmitButton variant="secondary" name="format" value="pdf">
              {t("budget.codes.pdf")}
            </SubmitButton>
          </div>
        </Form>
      )}

      {props.eligibility && (
        <EligibilityManagement
          page={props.page}
          budget={budget}
          phase={phase}
          headings={props.headings}
          counts={props.eligibility}
          errors={props.eligibilityErrors}
        />
      )}

      <h2>{t("budget.manage.reviewHeading", { count: props.totalProjects })}</h2>
      {!canReview && <p>{t("budget.review.closed")}</p>}
      <ul class="budget-projects">
        {props.projects.map((p) => (
          <li class="card" id={`project-${p.id}`}>
            <h3>
              <Written lang={contentLang(p, locale)}>{p.title}</Written> <span class="hint">#{p.number}</span>
            </h3>
            <p class="hint">{t("budget.project.estimatedCost", { amount: money(p.estimatedCost, locale) })}</p>
            <p lang={contentLang(p, locale)}>{p.description}</p>
            {p.actionFields.length > 0 && (
              <p class="hint">{t("budget.project.actionFields", { fields: p.actionFields.join(", ") })}</p>
            )}
            <ProjectStatus page={props.page} project={p} />
            {canReview && (
              <ReviewForm
                page={props.page}
                budget={budget}
                project={p}
                candidates={props.sameHeading.get(p.id) ?? []}
                errors={props.review?.projectId === p.id ? props.review.errors : undefined}
                values={props.review?.projectId === p.id ? props.review.values : undefined}
              />
            )}
          </li>
        ))}
      </ul>
      <Pagination page={props.page} current={props.current} pageSize={props.pageSize} total={props.totalProjects} />
    </Layout>
  );
}

/** The codes of one batch, once: a print page with one letter per code (print CSS cuts the pages). */
export function CodesPrintPage(props: {
  page: PageContext;
  budget: Budget;
  heading: string;
  batch: number;
  codes: string[];
  voteUrl: string;
  sender: string;
}) {
  const { t, locale, city } = props.page;
  const texts = codeLetterTexts(props.budget, props.heading, props.sender, t, locale, city.timeZone);
  return (
    <Layout page={props.page} title={t("budget.codes.printTitle", { batch: props.batch })} section="budgets">
      <div class="no-print">
        <h1>{t("budget.codes.printTitle", { batch: props.batch })}</h1>
        <Notice kind="warning">{t("budget.codes.onceWarning", { count: props.codes.length })}</Notice>
        <p>{t("budget.codes.printHelp")}</p>
      </div>
      <ol class="code-letters">
        {props.codes.map((code) => (
          <li class="code-letter">
            <p class="hint">{props.sender}</p>
            <h2>{props.budget.title}</h2>
            {texts.paragraphs.map((text) => (
              <p>{text}</p>
            ))}
            <p>{t("budget.codes.letterCode")}</p>
            <p class="voting-code">{code}</p>
            <p>
              {t("budget.codes.letterAddress")} <strong>{props.voteUrl}</strong>
            </p>
            {texts.closing.map((text) => (
              <p>{text}</p>
            ))}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
