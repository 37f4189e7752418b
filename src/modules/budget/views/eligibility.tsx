import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import {
  describedBy,
  ErrorSummary,
  FieldMessages,
  Form,
  Notice,
  SubmitButton,
  TextField,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { declarationChoices, eligibilityOf, type Residence } from "../domain/eligibility";
import type { Budget, Heading } from "../domain/model";
import type { AccountRefusal } from "../domain/voters";

/** The budget's eligibility in plain words, for the facts of the budget, ballot and results pages. */
export function EligibilityFact(props: { page: PageContext; budget: Budget }) {
  const { t } = props.page;
  const mode = eligibilityOf(props.budget.eligibility);
  return (
    <>
      <dt>{t("budget.eligibility.label")}</dt>
      <dd>
        {t(`budget.eligibility.mode.${mode}`)}
        <p class="hint">{t(`budget.eligibility.explain.${mode}`)}</p>
      </dd>
    </>
  );
}

/** The declaration of residence: one statement per area, the person picks the one that is true. */
export function DeclarationForm(props: {
  page: PageContext;
  budget: Budget;
  headings: Heading[];
  current?: string;
  errors?: FieldErrors;
  /** `change`: sent from the page that changes a declaration, so a refusal comes back there. */
  from?: string;
}) {
  const { t } = props.page;
  const choices = declarationChoices(props.headings);
  const error = props.errors?.headingId;
  return (
    <Form page={props.page} action={`/budgets/${props.budget.slug}/vote/residence`} id="declaration-form">
      {props.from && <input type="hidden" name="from" value={props.from} />}
      <fieldset class={error ? "field has-error" : "field"} aria-describedby={describedBy("headingId", "hint", error)}>
        <legend>{t("budget.declare.legend")}</legend>
        <FieldMessages name="headingId" hint={t("budget.declare.hint")} error={error} />
        {choices.map((h, i) => (
          <div class="field checkbox">
            <input
              type="radio"
              id={i === 0 ? "field-headingId" : `field-headingId-${i}`}
              name="headingId"
              value={h.id}
              checked={props.current === h.id}
              required
            />
            <label for={i === 0 ? "field-headingId" : `field-headingId-${i}`}>
              {h.district === null
                ? t("budget.declare.choiceOpen", { place: h.name })
                : t("budget.declare.choice", { place: h.name })}
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton>{t("budget.declare.submit")}</SubmitButton>
    </Form>
  );
}

/** The code of a verification letter. */
export function LetterCodeForm(props: {
  page: PageContext;
  budget: Budget;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = props.page;
  return (
    <Form page={props.page} action={`/budgets/${props.budget.slug}/vote/verify-letter`} id="verify-letter-form">
      <p>{t("budget.verify.letterLead")}</p>
      <TextField
        name="verificationCode"
        label={t("budget.verify.codeLabel")}
        hint={t("budget.verify.codeHint")}
        autocomplete="off"
        required
        errors={props.errors}
        values={props.values}
      />
      <SubmitButton>{t("budget.verify.letterSubmit")}</SubmitButton>
    </Form>
  );
}

/** Name, birth date and postcode, compared with the office's list. */
export function ListMatchForm(props: { page: PageContext; budget: Budget; errors?: FieldErrors; values?: FormValues }) {
  const { t } = props.page;
  return (
    <Form page={props.page} action={`/budgets/${props.budget.slug}/vote/verify-list`} id="verify-list-form">
      <p>{t("budget.verify.listLead")}</p>
      <TextField
        name="name"
        label={t("budget.verify.nameLabel")}
        autocomplete="name"
        required
        errors={props.errors}
        values={props.values}
      />
      <TextField
        name="birthDate"
        label={t("budget.verify.birthDateLabel")}
        hint={t("budget.verify.birthDateHint")}
        autocomplete="bday"
        required
        errors={props.errors}
        values={props.values}
      />
      <TextField
        name="postcode"
        label={t("budget.verify.postcodeLabel")}
        autocomplete="postal-code"
        inputmode="numeric"
        required
        errors={props.errors}
        values={props.values}
      />
      <SubmitButton>{t("budget.verify.listSubmit")}</SubmitButton>
    </Form>
  );
}

/** Labels of the eligibility forms' fields, for the error summary. */
export function eligibilityLabels(t: PageContext["t"]): Record<string, string> {
  return {
    headingId: t("budget.declare.legend"),
    verificationCode: t("budget.verify.codeLabel"),
    name: t("budget.verify.nameLabel"),
    birthDate: t("budget.verify.birthDateLabel"),
    postcode: t("budget.verify.postcodeLabel"),
  };
}

/**
 * On the first voting step, for a signed-in account that cannot vote yet: the way this budget
 * offers (declare, or verify by letter or list).
 */
export function AccountEligibilitySection(props: {
  page: PageContext;
  budget: Budget;
  headings: Heading[];
  status?: AccountRefusal;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = props.page;
  const mode = eligibilityOf(props.budget.eligibility);
  if (props.status === "needsDeclaration")
    return (
      <section aria-labelledby="declare-heading">
        <h2 id="declare-heading">{t("budget.declare.heading")}</h2>
        <DeclarationForm page={props.page} budget={props.budget} headings={props.headings} errors={props.errors} />
      </section>
    );
  if (props.status === "needsVerification" && mode === "verified_letter")
    return (
      <section aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t("budget.verify.letterHeading")}</h2>
        <LetterCodeForm page={props.page} budget={props.budget} errors={props.errors} values={props.values} />
      </section>
    );
  if (props.status === "needsVerification" && mode === "verified_list")
    return (
      <section aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t("budget.verify.listHeading")}</h2>
        <ListMatchForm page={props.page} budget={props.budget} errors={props.errors} values={props.values} />
      </section>
    );
  return null;
}

/** On the ballot of an account: where it votes and why, with the way to change a declaration. */
export function ResidenceNote(props: {
  page: PageContext;
  budget: Budget;
  heading: Heading;
  residence?: Residence | null;
  fixed?: boolean;
}) {
  const { t } = props.page;
  const { residence } = props;
  if (!residence) return null;
  if (residence.source === "declared")
    return (
      <Notice kind="info">
        {t("budget.declare.current", { place: props.heading.name })}{" "}
        {props.fixed ? (
          t("budget.residence.fixed")
        ) : (
          <a href={`/budgets/${props.budget.slug}/vote/residence`}>{t("budget.declare.change")}</a>
        )}
      </Notice>
    );
  return <Notice kind="info">{t("budget.residence.verified", { place: props.heading.name })}</Notice>;
}

/** The page to change a declaration before voting (or to read why it is fixed). */
export function DeclarePage(props: {
  page: PageContext;
  budget: Budget;
  headings: Heading[];
  current?: string;
  fixed: boolean;
  errors?: FieldErrors;
}) {
  const { t } = props.page;
  const title = t("budget.declare.title", { title: props.budget.title });
  return (
    <Layout page={props.page} title={title} section="budgets">
      <p>
        <a href={`/budgets/${props.budget.slug}/vote`}>{t("budget.backTo", { title: props.budget.title })}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary page={props.page} errors={props.errors} labels={eligibilityLabels(t)} />
      {props.fixed ? (
        <Notice kind="info">{t("budget.declare.fixed")}</Notice>
      ) : (
        <DeclarationForm
          page={props.page}
          budget={props.budget}
          headings={props.headings}
          current={props.current}
          errors={props.errors}
          from="change"
        />
      )}
    </Layout>
  );
}
