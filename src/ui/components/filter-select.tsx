/** A choice of a GET filter form: "any" first, then the options (or groups of options). */
export interface Option {
  value: string;
  label: string;
}

export function FilterSelect(props: {
  name: string;
  label: string;
  anyLabel: string;
  selected: string | undefined;
  options?: Option[];
  groups?: Array<{ label: string; options: Option[] }>;
}) {
  const id = `filter-${props.name}`;
  const option = (o: Option) => (
    <option value={o.value} selected={o.value === props.selected}>
      {o.label}
    </option>
  );
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">{props.anyLabel}</option>
        {props.options?.map(option)}
        {props.groups?.map((g) => (
          <optgroup label={g.label}>{g.options.map(option)}</optgroup>
        ))}
      </select>
    </div>
  );
}
