"use client";

// A filter's <select>, drawn from its options as [value, label] pairs. Next sends a
// server component's markup twice, as HTML and in the RSC payload, where each option
// is an element carrying its value twice (as key and value): the 200 workshops of
// /recommendations' filter were 45 KB of a 108 KB page. Sent as pairs, the payload
// holds each value once; the HTML is the same.
export function SelectControl({
  id,
  name,
  defaultValue,
  anyLabel,
  options,
}: {
  id: string;
  name: string;
  defaultValue: string;
  anyLabel: string;
  options: [value: string, label: string][];
}) {
  return (
    <select
      id={id}
      name={name}
      defaultValue={defaultValue}
      className="w-full min-w-0 rounded border border-gray-400 bg-white px-2 py-1.5"
    >
      <option value="">{anyLabel}</option>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
