import type { FieldErrors } from "../../../platform/forms/forms";
import { districtOptions, stakeholderGroupOptions } from "../../../platform/reference-data";
import {
  DefaultSubmitButton,
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
import type { StoredProcess } from "../domain/stored-process";
import type { Question } from "../domain/survey";
import { answerField } from "../domain/survey-form";
import { ageGroups, type ProfileQuestion } from "../domain/survey-profile";
import { ChoiceGroup, inLanguage, SurveyBreadcrumb, surveyPath } from "./survey-parts";

/** A page of the survey: its questions (or the profile questions), the answers carried from before, what was typed. */
export interface AnswerPageState {
  /** The index of the page of questions; `questions.length` of the pages for the last page (profile, send). */
  index: number;
  /** How many steps there are, counting the last one. */
  steps: number;
  questions: Question[];
  /** Questions answered on earlier pages, as hidden fields. */
  carried: Array<[string, string]>;
  /** What the form holds for this page's fields. */
  values: Record<string, string[]>;
  /** The profile questions, on the last page. */
  profile: ProfileQuestion[] | null;
  hasBack: boolean;
  errors?: FieldErrors;
}

function Legend(props: { page: PageContext; question: Question }) {
  const { t } = props.page;
  return (
    <>
      {inLanguage(props.page, props.question.text)}{" "}
      <span class="survey-question__marker">
        ({t(props.question.required ? "participation.survey.required" : "participation.survey.optional")})
      </span>
    </>
  );
}

function QuestionField(props: { page: PageContext; question: Question; state: AnswerPageState }) {
  const { page, question, state } = props;
  const { t } = page;
  const name = answerField(question.id);
  const id = `field-${name}`;
  const error = state.errors?.[name];
  const value = (field: string) => state.values[field] ?? [];
  const choices = question.choices.map((choice) => ({ value: choice.id, label: inLanguage(page, choice.text) }));
  const label = `${inLanguage(page, question.text)} (${t(question.required ? "participation.survey.required" : "participation.survey.optional")})`;
  switch (question.kind) {
    case "single":
    case "multiple":
      return (
        <ChoiceGroup
          name={name}
          id={id}
          type={question.kind === "single" ? "radio" : "checkbox"}
          legend={<Legend page={page} question={question} />}
          options={choices}
          checked={value(name)}
          hint={question.kind === "multiple" ? t("participation.survey.multipleHint") : undefined}
          error={error}
        />
      );
    case "scale": {
      const low = question.scaleLabels ? inLanguage(page, question.scaleLabels.low) : "";
      const high = question.scaleLabels ? inLanguage(page, question.scaleLabels.high) : "";
      const options = [1, 2, 3, 4, 5].map((n) => ({
        value: String(n),
        label: n === 1 ? `1 – ${low}` : n === 5 ? `5 – ${high}` : String(n),
      }));
      return (
        <ChoiceGroup
          name={name}
          id={id}
          type="radio"
          legend={<Legend page={page} question={question} />}
          options={options}
          checked={value(name)}
          hint={t("participation.survey.scaleHint", { low, high })}
          error={error}
        />
      );
    }
    case "ranking":
      return (
        <fieldset id={id} class={error ? "checkbox-group has-error" : "checkbox-group"} tabindex={-1}>
          <legend>
            <Legend page={page} question={question} />
          </legend>
          <p class="hint">{t("participation.survey.rankingHint")}</p>
          {error && <p class="field-error">{error}</p>}
          {question.choices.map((choice) => {
            const field = answerField(question.id, choice.id);
            return (
              <SelectField
                name={field}
                label={inLanguage(page, choice.text)}
                options={question.choices.map((_, i) => ({
                  value: String(i + 1),
                  label: `${t("participation.survey.place")} ${i + 1}`,
                }))}
                emptyLabel={t("participation.survey.noPlace")}
                value={value(field)[0] ?? ""}
              />
            );
          })}
        </fieldset>
      );
    case "matrix":
      return (
        <fieldset id={id} class={error ? "checkbox-group has-error" : "checkbox-group"} tabindex={-1}>
          <legend>
            <Legend page={page} question={question} />
          </legend>
          {error && <p class="field-error">{error}</p>}
          {question.rows.map((row) => {
            const field = answerField(question.id, row.id);
            return (
              <ChoiceGroup
                name={field}
                id={`field-${field}`}
                type="radio"
                legend={inLanguage(page, row.text)}
                options={choices}
                checked={value(field)}
              />
            );
          })}
        </fieldset>
      );
    case "number":
      return (
        <TextField
          name={name}
          label={label}
          hint={t("participation.survey.numberHint")}
          inputmode="decimal"
          value={value(name)[0] ?? ""}
          errors={state.errors}
        />
      );
    case "short-text":
      return <TextField name={name} label={label} value={value(name)[0] ?? ""} errors={state.errors} />;
    case "long-text":
      return <TextArea name={name} label={label} rows={5} value={value(name)[0] ?? ""} errors={state.errors} />;
  }
}

function ProfileFields(props: { page: PageContext; asked: ProfileQuestion[]; state: AnswerPageState }) {
  const { page, asked, state } = props;
  const { t } = page;
  const none = t("participation.survey.profile.none");
  const selected = (field: string) => state.values[field]?.[0] ?? "";
  return (
    <>
      <h2>{t("participation.survey.profileTitle")}</h2>
      <p>{t("participation.survey.profileIntro")}</p>
      {asked.includes("stakeholder-group") && (
        <SelectField
          name="stakeholderGroup"
          label={t("participation.survey.profile.stakeholderGroup")}
          options={stakeholderGroupOptions(page.city, page.locale)}
          emptyLabel={none}
          value={selected("stakeholderGroup")}
          errors={state.errors}
        />
      )}
      {asked.includes("district") && (
        <SelectField
          name="district"
          label={t("participation.survey.profile.district")}
          options={districtOptions(page.city, page.locale)}
          emptyLabel={none}
          value={selected("district")}
          errors={state.errors}
        />
      )}
      {asked.includes("age-group") && (
        <SelectField
          name="ageGroup"
          label={t("participation.survey.profile.ageGroup")}
          options={ageGroups.map((group) => ({ value: group, label: t(`participation.survey.age.${group}`) }))}
          emptyLabel={none}
          value={selected("ageGroup")}
          errors={state.errors}
        />
      )}
    </>
  );
}

/** One step of the survey, answered without JavaScript: the answers before travel as hidden fields. */
export function SurveyAnswerPage(props: {
  page: PageContext;
  process: StoredProcess;
  anonymous: boolean;
  state: AnswerPageState;
}) {
  const { page, process, state } = props;
  const { t } = page;
  const title = t("participation.survey.title", { title: inLanguage(page, process.title) });
  const last = state.profile !== null;
  const labels = Object.fromEntries(
    state.questions.map((question) => [answerField(question.id), inLanguage(page, question.text)]),
  );
  return (
    <Layout page={page} title={title}>
      <SurveyBreadcrumb page={page} process={process} />
      <h1>{title}</h1>
      <p>{t("participation.survey.pageOf", { page: Math.min(state.index + 1, state.steps), pages: state.steps })}</p>
      {state.index === 0 && <p>{t("participation.survey.intro")}</p>}
      {state.index === 0 && (
        <p>{t(props.anonymous ? "participation.survey.anonymousNote" : "participation.survey.accountNote")}</p>
      )}
      <ErrorSummary page={page} errors={state.errors} labels={labels} />
      <Form page={page} action={surveyPath(process)} class="form survey-form">
        <DefaultSubmitButton>{t(last ? "participation.survey.send" : "participation.survey.next")}</DefaultSubmitButton>
        <input type="hidden" name="step" value={String(state.index)} />
        {state.carried.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {state.questions.map((question) => (
          <QuestionField page={page} question={question} state={state} />
        ))}
        {last && state.questions.length === 0 && (state.profile?.length ?? 0) === 0 && (
          <Notice>{t("participation.survey.readyText")}</Notice>
        )}
        {state.profile && state.profile.length > 0 && <ProfileFields page={page} asked={state.profile} state={state} />}
        <div class="actions">
          <SubmitButton name="op" value="next">
            {t(last ? "participation.survey.send" : "participation.survey.next")}
          </SubmitButton>
          {state.hasBack && (
            <SubmitButton variant="secondary" name="op" value="back">
              {t("participation.survey.back")}
            </SubmitButton>
          )}
        </div>
      </Form>
    </Layout>
  );
}

/** What a person sees instead of the questions: thanks, already answered, closed, or sign in first. */
export function SurveyMessagePage(props: {
  page: PageContext;
  process: StoredProcess;
  title: string;
  text: string;
  signIn?: boolean;
  resultsLink?: boolean;
  status?: "success" | "info" | "warning";
}) {
  const { page, process } = props;
  const { t } = page;
  const back = encodeURIComponent(surveyPath(process));
  return (
    <Layout page={page} title={props.title}>
      <SurveyBreadcrumb page={page} process={process} />
      <h1>{props.title}</h1>
      <Notice kind={props.status ?? "info"}>{props.text}</Notice>
      <p class="actions">
        {props.signIn && (
          <a class="button button-primary" href={`/login?next=${back}`}>
            {t("participation.survey.signInLink")}
          </a>
        )}
        {props.resultsLink && <a href={`${surveyPath(process)}/results`}>{t("participation.survey.toResults")}</a>}
        <a href={`/participation/${process.slug}`}>{t("participation.survey.toProcess")}</a>
      </p>
    </Layout>
  );
}
