import type { FieldErrors } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SubmitButton, TextField } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { eligibilityOf } from "../domain/eligibility";
import type { Budget, Heading } from "../domain/model";
import type { Phase } from "../domain/phases";

/** What the management page shows of verification letters and the eligibility list. */
export interface EligibilityCounts {
  letters: Map<string, { issued: number; redeemed: number }>;
  list: Map<string, { listed: number; bound: number }>;
}

function FileField(props: { name: string; label: string; hint: string; error?: string }) {
  const described = props.error ? `hint-${props.name} error-${props.name}` : `hint-${props.name}`;
  return (
    <div class={props.error ? "field has-error" : "field"}>
      <label for={`field-${props.name}`}>{props.label}</label>
      <p class="hint" id={`hint-${props.name}`}>
        {props.hint}
      </p>
      {props.error && (
        <p class="field-error" id={`error-${props.name}`}>
          {props.error}
        </p>
      )}
      <input
        type="file"
        id={`field-${props.name}`}
        name={props.name}
        accept=".csv,text/csv"
        aria-describedby={described}
        aria-invalid={props.error ? "true" : undefined}
      />
    </div>
  );
}

function HeadingSelect(props: { page: PageContext; id: string; headings: Heading[] }) {
  return (
    <div class="field">
      <label for={props.id}>{props.page.t("budget.codes.heading")}</label>
      <select id={props.id} name="headingId">
        {props.headings.map((h) => (
          <option value={h.id}>{h.name}</option>
        ))}
      </select>
    </div>
  );
}

/**
 * The office's part of a verified eligibility: verification letters for an address list, or the
 * upload of the eligibility list, per heading with what has been issued and used so far.
 */
function Verification(props: {
  page: PageContext;
  budget: Budget;
  phase: Phase;
  headings: Heading[];
  counts: EligibilityCounts;
  errors?: FieldErrors;
}) {
  const { t } = props.page;
  const mode = eligibilityOf(props.budget.eligibility);
  const open = props.phase !== "results" && props.phase !== "implementation";
  const slug = props.budget.slug;
  if (mode === "verified_letter")
    return (
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">{t("budget.letters.heading")}</h2>
        <ul class="plain-list">
          {props.headings.map((h) => {
            const c = props.counts.letters.get(h.id) ?? { issued: 0, redeemed: 0 };
            return (
              <li>
                {h.name}: {t("budget.letters.issued", c)}
              </li>
            );
          })}
        </ul>
        {open ? (
          <>
            <ErrorSummary page={props.page} errors={props.errors} labels={{ addresses: t("budget.letters.file") }} />
            <form
              method="post"
              action={`/budgets/${slug}/verification-letters`}
              enctype="multipart/form-data"
              class="form"
              novalidate
            >
              <input type="hidden" name="_csrf" value={props.page.csrfToken} />
              <p class="hint">{t("budget.letters.lead")}</p>
              <HeadingSelect page={props.page} id="field-letters-heading" headings={props.headings} />
              <FileField
                name="addresses"
                label={t("budget.letters.file")}
                hint={t("budget.letters.fileHint")}
                error={props.errors?.addresses}
              />
              <SubmitButton variant="secondary">{t("budget.letters.submit")}</SubmitButton>
            </form>
          </>
        ) : (
          <p>{t("budget.letters.closed")}</p>
        )}
      </section>
    );
  if (mode === "verified_list")
    return (
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t("budget.list.heading")}</h2>
        <ul class="plain-list">
          {props.headings.map((h) => {
            const c = props.counts.list.get(h.id);
            return (
              <li>
                {h.name}: {c ? t("budget.list.counts", c) : t("budget.list.none")}
              </li>
            );
          })}
        </ul>
        {open ? (
          <>
            <ErrorSummary page={props.page} errors={props.errors} labels={{ list: t("budget.list.file") }} />
            <form
              method="post"
              action={`/budgets/${slug}/eligibility-list`}
              enctype="multipart/form-data"
              class="form"
              novalidate
            >
              <input type="hidden" name="_csrf" value={props.page.csrfToken} />
              <p class="hint">{t("budget.list.uploadLead")}</p>
              <HeadingSelect page={props.page} id="field-list-heading" headings={props.headings} />
              <FileField
                name="list"
                label={t("budget.list.file")}
                hint={t("budget.list.fileHint")}
                error={props.errors?.list}
              />
              <SubmitButton variant="secondary">{t("budget.list.submit")}</SubmitButton>
            </form>
          </>
        ) : (
          <p>{t("budget.list.closed")}</p>
        )}
      </section>
    );
  return null;
}

/** The office sets where an account votes (a correction, or a check at the counter); audited. */
function CorrectResidence(props: { page: PageContext; budget: Budget; headings: Heading[]; errors?: FieldErrors }) {
  const { t } = props.page;
  const errors = props.errors && (props.errors.email || props.errors.headingId) ? props.errors : undefined;
  return (
    <section aria-labelledby="correct-heading">
      <h2 id="correct-heading">{t("budget.correct.heading")}</h2>
      <ErrorSummary page={props.page} errors={errors} labels={{ email: t("budget.correct.email") }} />
      <Form page={props.page} action={`/budgets/${props.budget.slug}/residences`}>
        <p class="hint">{t("budget.correct.lead")}</p>
        <TextField
          name="email"
          type="email"
          label={t("budget.correct.email")}
          autocomplete="off"
          required
          errors={errors}
        />
        <HeadingSelect page={props.page} id="field-correct-heading" headings={props.headings} />
        <SubmitButton variant="secondary">{t("budget.correct.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

/**
 * The office's part of the budget's eligibility: letters or the list for a verified budget, and
 * setting an account's residence in every budget where accounts vote.
 */
export function EligibilityManagement(props: {
  page: PageContext;
  budget: Budget;
  phase: Phase;
  headings: Heading[];
  counts: EligibilityCounts;
  errors?: FieldErrors;
}) {
  const open = props.phase !== "results" && props.phase !== "implementation";
  const accounts = eligibilityOf(props.budget.eligibility) !== "codes_only";
  return (
    <>
      <Verification {...props} errors={props.errors?.addresses || props.errors?.list ? props.errors : undefined} />
      {open && accounts && (
        <CorrectResidence page={props.page} budget={props.budget} headings={props.headings} errors={props.errors} />
      )}
    </>
  );
}
