import type { Child } from "hono/jsx";
import type { FieldErrors, FormValues } from "../../platform/forms/forms";
import type { PageContext } from "../page-context";
import { Alert } from "./content";

/** A form that works without JavaScript: POST, with the CSRF token. */
export function Form(props: { page: PageContext; action: string; children: Child; class?: string; id?: string }) {
  return (
    <form method="post" action={props.action} class={props.class ?? "form"} id={props.id} novalidate>
      <input type="hidden" name="_csrf" value={props.page.csrfToken} />
      {props.children}
    </form>
  );
}

/** Shown at the top after a failed submit; each entry links to its field. Focused by enhance.js. */
export function ErrorSummary(props: { page: PageContext; errors?: FieldErrors; labels?: Record<string, string> }) {
  const entries = Object.entries(props.errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title" data-error-summary>
      <h2 id="error-summary-title">{props.page.t("forms.errorSummaryTitle")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            {field === "form" ? (
              message
            ) : (
              <a href={`#field-${field}`}>{props.labels?.[field] ? `${props.labels[field]}: ${message}` : message}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  values?: FormValues;
  value?: string;
  type?: "text" | "email" | "password" | "number" | "date" | "url" | "search";
  autocomplete?: string;
  required?: boolean;
  inputmode?: "numeric" | "decimal" | "email" | "text";
}

export function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `hint-${name}` : null, error ? `error-${name}` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * A hint's text, with parts in backticks (a file's column names, a command) set as code: they
 * must be typed exactly as shown, and a reader should see that they are not words of the page.
 */
function HintText(props: { text: string }) {
  return <>{props.text.split("`").map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>;
}

/** A field's hint and error, with the ids its control points to in aria-describedby. */
export function FieldMessages(props: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint && (
        <p class="hint" id={`hint-${props.name}`}>
          <HintText text={props.hint} />
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`error-${props.name}`}>
          {props.error}
        </p>
      )}
    </>
  );
}

export function TextField(props: FieldProps) {
  const error = props.errors?.[props.name];
  const value = props.value ?? (props.type === "password" ? undefined : props.values?.[props.name]);
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={`field-${props.name}`}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <FieldMessages name={props.name} hint={props.hint} error={error} />
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={props.type ?? "text"}
        value={value}
        autocomplete={props.autocomplete}
        required={props.required}
        inputmode={props.inputmode}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, error)}
      />
    </div>
  );
}

export function TextArea(props: Omit<FieldProps, "type" | "autocomplete"> & { rows?: number }) {
  const error = props.errors?.[props.name];
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={`field-${props.name}`}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <FieldMessages name={props.name} hint={props.hint} error={error} />
      <textarea
        id={`field-${props.name}`}
        name={props.name}
        rows={props.rows ?? 6}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, error)}
      >
        {props.value ?? props.values?.[props.name] ?? ""}
      </textarea>
    </div>
  );
}

export function SelectField(
  props: Omit<FieldProps, "type" | "autocomplete"> & {
    options: Array<{ value: string; label: string }>;
    emptyLabel?: string;
  },
) {
  const error = props.errors?.[props.name];
  const selected = props.value ?? props.values?.[props.name] ?? "";
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={`field-${props.name}`}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <FieldMessages name={props.name} hint={props.hint} error={error} />
      <select
        id={`field-${props.name}`}
        name={props.name}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, error)}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === selected}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox(props: { name: string; label: string; checked?: boolean; value?: string; hint?: string }) {
  return (
    <div class="field checkbox">
      <input
        type="checkbox"
        id={`field-${props.name}`}
        name={props.name}
        value={props.value ?? "on"}
        checked={props.checked}
        aria-describedby={props.hint ? `hint-${props.name}` : undefined}
      />
      <label for={`field-${props.name}`}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`hint-${props.name}`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export function SubmitButton(props: {
  children: Child;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={`button button-${props.variant ?? "primary"}`} name={props.name} value={props.value}>
      {props.children}
    </button>
  );
}

/**
 * The button the Enter key presses in a form whose first visible button does something else (such
 * as "add another area"): browsers submit with the first submit button in the form (the HTML
 * standard's implicit submission, with or without JavaScript), so this one goes first. It is hidden,
 * so neither the Tab key nor a screen reader meets it twice; they reach the visible button with the
 * same action at the end of the form.
 */
export function DefaultSubmitButton(props: { children: Child }) {
  return (
    <button type="submit" hidden data-default-submit="">
      {props.children}
    </button>
  );
}

/** A status message after a successful action (e.g. "Saved"): the design system's alert without a title. */
export function Notice(props: { children: Child; kind?: "success" | "info" | "warning" }) {
  return <Alert tone={props.kind ?? "info"}>{props.children}</Alert>;
}
