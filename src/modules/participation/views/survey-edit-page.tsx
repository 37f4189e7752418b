import type { FieldErrors } from "../../../platform/forms/forms";
import {
  Checkbox,
  DefaultSubmitButton,
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  SubmitButton,
  TextArea,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { StoredProcess } from "../domain/stored-process";
import { questionKinds } from "../domain/survey";
import {
  type AnsweredBy,
  answeredByOptions,
  type DraftQuestion,
  draftField,
  draftValues,
} from "../domain/survey-builder";
import { type ProfileQuestion, profileQuestions } from "../domain/survey-profile";
import { ChoiceGroup, inLanguage, SurveyBreadcrumb, surveyPath } from "./survey-parts";

export interface SurveyEditorState {
  draft: DraftQuestion[];
  answeredBy: AnsweredBy;
  profileQuestions: ProfileQuestion[];
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** "Question 2 was answered with “yes”" for every choice of the earlier choice questions. */
function conditionOptions(page: PageContext, draft: readonly DraftQuestion[], index: number) {
  return draft.slice(0, index).flatMap((question, i) =>
    question.kind === "single" || question.kind === "multiple"
      ? lines(question.choicesDe).map((choice, k) => ({
          value: `${question.id}:c${k + 1}`,
          label: page.t("participation.survey.edit.condition", { number: i + 1, choice }),
        }))
      : [],
  );
}

function QuestionEditor(props: {
  page: PageContext;
  draft: readonly DraftQuestion[];
  index: number;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { page, draft, index, values, errors } = props;
  const { t } = page;
  const question = draft[index];
  if (!question) return null;
  const number = index + 1;
  const name = (part: string) => draftField(index, part);
  const field = { errors, values };
  const conditions = conditionOptions(page, draft, index);
  const choices = question.kind === "matrix" ? "columns" : "choices";
  return (
    <fieldset class="survey-editor__question" id={`question-${index}`}>
      <legend>
        {t("participation.survey.edit.question", {
          number,
          kind: t(`participation.survey.kind.${question.kind}`),
        })}
      </legend>
      <input type="hidden" name={name("id")} value={question.id} />
      <input type="hidden" name={name("kind")} value={question.kind} />
      <TextArea name={name("textDe")} label={t("participation.survey.edit.textDe")} rows={2} required {...field} />
      <TextArea name={name("textEn")} label={t("participation.survey.edit.textEn")} rows={2} required {...field} />
      <Checkbox name={name("required")} label={t("participation.survey.edit.required")} checked={question.required} />
      {["single", "multiple", "ranking", "matrix"].includes(question.kind) && (
        <>
          <TextArea
            name={name("choicesDe")}
            label={t(`participation.survey.edit.${choices}De`)}
            hint={t("participation.survey.edit.linesHint")}
            rows={4}
            {...field}
          />
          <TextArea
            name={name("choicesEn")}
            label={t(`participation.survey.edit.${choices}En`)}
            hint={t("participation.survey.edit.linesHint")}
            rows={4}
            {...field}
          />
        </>
      )}
      {question.kind === "matrix" && (
        <>
          <TextArea name={name("rowsDe")} label={t("participation.survey.edit.rowsDe")} rows={4} {...field} />
          <TextArea name={name("rowsEn")} label={t("participation.survey.edit.rowsEn")} rows={4} {...field} />
        </>
      )}
      {question.kind === "scale" && (
        <div class="survey-editor__labels">
          <TextArea name={name("lowDe")} label={t("participation.survey.edit.lowDe")} rows={1} {...field} />
          <TextArea name={name("lowEn")} label={t("participation.survey.edit.lowEn")} rows={1} {...field} />
          <TextArea name={name("highDe")} label={t("participation.survey.edit.highDe")} rows={1} {...field} />
          <TextArea name={name("highEn")} label={t("participation.survey.edit.highEn")} rows={1} {...field} />
        </div>
      )}
      {(conditions.length > 0 || question.showIf !== "") && (
        <SelectField
          name={name("showIf")}
          label={t("participation.survey.edit.showIf")}
          hint={t("participation.survey.edit.showIfHint")}
          options={conditions}
          emptyLabel={t("participation.survey.edit.always")}
          {...field}
        />
      )}
      <div class="actions">
        {index > 0 && (
          <SubmitButton variant="secondary" name="op" value={`up:${index}`}>
            {t("participation.survey.edit.up", { number })}
          </SubmitButton>
        )}
        {index < draft.length - 1 && (
          <SubmitButton variant="secondary" name="op" value={`down:${index}`}>
            {t("participation.survey.edit.down", { number })}
          </SubmitButton>
        )}
        <SubmitButton variant="danger" name="op" value={`remove:${index}`}>
          {t("participation.survey.edit.remove", { number })}
        </SubmitButton>
      </div>
    </fieldset>
  );
}

/**
 * The office's questionnaire builder, one form without JavaScript: the working copy travels in its
 * fields; each button (add a kind, move, remove) sends it back changed, "save" checks and stores it.
 */
export function SurveyEditPage(props: {
  page: PageContext;
  process: StoredProcess;
  state: SurveyEditorState;
  locked: boolean;
  saved?: boolean;
  errors?: FieldErrors;
}) {
  const { page, process, state, errors } = props;
  const { t } = page;
  const title = t("participation.survey.edit.title", { title: inLanguage(page, process.title) });
  const values = draftValues(state.draft);
  const labels = Object.fromEntries(
    Object.keys(errors ?? {}).flatMap((field) => {
      const match = /^q-(\d+)-/.exec(field);
      return match ? [[field, t("participation.survey.questionNumber", { number: Number(match[1]) + 1 })]] : [];
    }),
  );
  return (
    <Layout page={page} title={title}>
      <SurveyBreadcrumb page={page} process={process} />
      <h1>{title}</h1>
      {props.saved && <Notice kind="success">{t("participation.survey.edit.saved")}</Notice>}
      {props.locked && <Notice kind="warning">{t("participation.survey.edit.locked")}</Notice>}
      <p>{t("participation.survey.edit.intro")}</p>
      <p>
        <a href={surveyPath(process)}>{t("participation.survey.edit.preview")}</a>
        {" · "}
        <a href={`${surveyPath(process)}/results`}>{t("participation.survey.toResults")}</a>
      </p>
      <ErrorSummary page={page} errors={errors} labels={labels} />
      <Form page={page} action={`${surveyPath(process)}/edit`} class="form survey-editor">
        <DefaultSubmitButton>{t("participation.survey.edit.save")}</DefaultSubmitButton>
        <input type="hidden" name="count" value={String(state.draft.length)} />
        <ChoiceGroup
          name="answeredBy"
          id="field-answeredBy"
          type="radio"
          legend={t("participation.survey.edit.answeredBy")}
          options={answeredByOptions.map((option) => ({
            value: option,
            label: t(`participation.survey.edit.answeredBy.${option}`),
          }))}
          checked={[state.answeredBy]}
          error={errors?.answeredBy}
        />
        <ChoiceGroup
          name="profile"
          id="field-profile"
          type="checkbox"
          legend={t("participation.survey.edit.profile")}
          options={profileQuestions.map((question) => ({
            value: question,
            label: t(`participation.survey.edit.profile.${question}`),
          }))}
          checked={state.profileQuestions}
        />
        <h2>{t("participation.survey.edit.questions")}</h2>
        {state.draft.length === 0 && <p>{t("participation.survey.edit.noQuestions")}</p>}
        {state.draft.map((_, index) => (
          <QuestionEditor page={page} draft={state.draft} index={index} values={values} errors={errors} />
        ))}
        <h2>{t("participation.survey.edit.add")}</h2>
        <div class="actions">
          {questionKinds.map((kind) => (
            <SubmitButton variant="secondary" name="op" value={`add:${kind}`}>
              {t("participation.survey.edit.addKind", { kind: t(`participation.survey.kind.${kind}`) })}
            </SubmitButton>
          ))}
        </div>
        <SubmitButton name="op" value="save">
          {t("participation.survey.edit.save")}
        </SubmitButton>
      </Form>
    </Layout>
  );
}
