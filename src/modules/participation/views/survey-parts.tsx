import type { Child } from "hono/jsx";
import { FieldMessages } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import type { StoredProcess } from "../domain/stored-process";
import type { Bilingual } from "../domain/survey";

/** The office's words in the reader's language. */
export function inLanguage(page: PageContext, text: Bilingual): string {
  return text[page.locale] || text.de;
}

export const processPath = (process: Pick<StoredProcess, "slug">) => `/participation/${process.slug}`;
export const surveyPath = (process: Pick<StoredProcess, "slug">) => `${processPath(process)}/survey`;

/** Where the reader is: the participation overview and the process. */
export function SurveyBreadcrumb(props: { page: PageContext; process: StoredProcess }) {
  return (
    <p class="breadcrumb">
      <a href="/participation">{props.page.t("participation.survey.breadcrumb")}</a>
      {" › "}
      <a href={processPath(props.process)}>{inLanguage(props.page, props.process.title)}</a>
    </p>
  );
}

/** Radio buttons or checkboxes under one legend, with hint and error; `id` is what the error summary links to. */
export function ChoiceGroup(props: {
  name: string;
  id: string;
  legend: Child;
  type: "radio" | "checkbox";
  options: Array<{ value: string; label: string }>;
  checked: readonly string[];
  hint?: string;
  error?: string;
}) {
  return (
    <fieldset
      id={props.id}
      class={props.error ? "checkbox-group has-error" : "checkbox-group"}
      aria-describedby={
        [props.hint ? `hint-${props.id}` : "", props.error ? `error-${props.id}` : ""].filter(Boolean).join(" ") ||
        undefined
      }
      tabindex={-1}
    >
      <legend>{props.legend}</legend>
      <FieldMessages name={props.id} hint={props.hint} error={props.error} />
      {props.options.map((option, i) => (
        <div class="field checkbox">
          <input
            type={props.type}
            id={`${props.id}-${i}`}
            name={props.name}
            value={option.value}
            checked={props.checked.includes(option.value)}
          />
          <label for={`${props.id}-${i}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
