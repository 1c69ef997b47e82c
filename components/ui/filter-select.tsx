/** A labelled select for GET filter forms, with an "all" choice that means no filter. */
export function FilterSelect({ id, name, label, allLabel, value, options }: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
