import type { FieldErrors } from "../../../platform/forms/forms";
import type { Translate } from "../../../platform/i18n/i18n";
import { CheckboxGroup, type CheckboxOption } from "../../../ui/components/checkbox-group";
import { SelectField, TextArea, TextField } from "../../../ui/components/form";
import type { FlatForm } from "./edit-forms";

const str = (form: FlatForm, name: string): string => {
  const v = form[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};

export const list = (form: FlatForm, name: string): string[] => {
  const v = form[name];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** The message key of a field's label: table rows (`team.0.role_de`) share the label of their column. */
const labelKey = (name: string) => `strategy.form.${name.replace(/^\w+\.\d+\./, "")}`;

/** Labels of the fields, for the error summary and the conflict view: rows say which row they are. */
export function labelOf(t: Translate, name: string): string {
  const row = /^(\w+)\.(\d+)\.(\w+)$/.exec(name);
  if (row)
    return t("strategy.edit.rowField", {
      table: t(`strategy.edit.table.${row[1]}`),
      n: Number(row[2]) + 1,
      field: t(`strategy.form.${row[3]}`),
    });
  return t(labelKey(name));
}

interface Common {
  name: string;
  /** Defaults to the message `strategy.form.<name>` (for rows: of the column). */
  label?: string;
  hint?: string;
  required?: boolean;
}

/**
 * The strategy forms' fields, bound to one form's entries and errors, so each field is written
 * once by its name: what it shows, what was entered, and its error all follow from that.
 */
export function boundFields(t: Translate, form: FlatForm, errors: FieldErrors | undefined) {
  const label = (p: Common) => p.label ?? t(labelKey(p.name));
  return {
    Text: (p: Common & { type?: "email" | "url"; inputmode?: "numeric" }) => (
      <TextField
        name={p.name}
        label={label(p)}
        hint={p.hint}
        type={p.type}
        inputmode={p.inputmode}
        required={p.required}
        value={str(form, p.name)}
        errors={errors}
      />
    ),
    Area: (p: Common & { rows: number }) => (
      <TextArea
        name={p.name}
        label={label(p)}
        hint={p.hint}
        rows={p.rows}
        required={p.required}
        value={str(form, p.name)}
        errors={errors}
      />
    ),
    Select: (p: Common & { options: CheckboxOption[]; emptyLabel?: string; value?: string }) => (
      <SelectField
        name={p.name}
        label={label(p)}
        hint={p.hint}
        required={p.required}
        options={p.options}
        emptyLabel={p.emptyLabel}
        value={p.value ?? str(form, p.name)}
        errors={errors}
      />
    ),
    Checkboxes: (p: {
      name: string;
      legend?: string;
      hint?: string;
      options: CheckboxOption[];
      groups?: Array<{ label: string; options: CheckboxOption[] }>;
    }) => (
      <CheckboxGroup
        name={p.name}
        legend={p.legend ?? t(labelKey(p.name))}
        hint={p.hint}
        options={p.options}
        groups={p.groups}
        checked={list(form, p.name)}
        error={errors?.[p.name]}
      />
    ),
  };
}
