type Option = { value: string; label: string };

/** A labelled select whose first option ("All …") submits nothing, so the URL stays short. */
export function SelectField({ id, name, label, value, anyLabel, options }: { id: string; name: string; label: string; value: string | null; anyLabel: string; options: Option[] }) {
  // A value from the URL that is not among the options (an old link) still shows what is applied.
  const all = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
