import { describedBy, FieldMessages } from "./form";

export interface CheckboxOption {
  value: string;
  label: string;
}

/** A group of checkboxes with one legend, hint and error; options may come in labelled subgroups. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  checked: string[];
  error?: string;
  groups?: Array<{ label: string; options: CheckboxOption[] }>;
}) {
  const box = (o: CheckboxOption, i: number, prefix: string) => {
    const id = `field-${props.name}-${prefix}${i}`;
    return (
      <div class="field checkbox">
        <input type="checkbox" id={id} name={props.name} value={o.value} checked={props.checked.includes(o.value)} />
        <label for={id}>{o.label}</label>
      </div>
    );
  };
  return (
    <fieldset
      id={`field-${props.name}`}
      class={props.error ? "checkbox-group has-error" : "checkbox-group"}
      aria-describedby={describedBy(props.name, props.hint, props.error)}
      tabindex={-1}
    >
      <legend>{props.legend}</legend>
      <FieldMessages name={props.name} hint={props.hint} error={props.error} />
      {props.options.map((o, i) => box(o, i, ""))}
      {props.groups?.map((g, gi) => (
        <div class="checkbox-subgroup">
          <p class="checkbox-subgroup-label">{g.label}</p>
          {g.options.map((o, i) => box(o, i, `${gi}-`))}
        </div>
      ))}
    </fieldset>
  );
}
