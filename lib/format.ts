// Dates in the store are calendar dates (UTC midnight): format them in UTC so a
// viewer's time zone never shifts a day.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const numberFormat = new Intl.NumberFormat("en-GB");

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "date not confirmed";
}

export function formatDateRange(start: Date | null | undefined, end: Date | null | undefined): string {
  if (!start && !end) return "dates not confirmed";
  if (!start || !end)
    return `${formatDate(start ?? end)}${start ? " (end date not confirmed)" : " (start date not confirmed)"}`;
  if (start.getTime() === end.getTime()) return formatDate(start);
  return dateFormat.formatRange(start, end);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const pluralRules = new Intl.PluralRules("en-GB");

// "1 project", "2 projects": the noun's form by the language's own rules.
export function isSingular(count: number): boolean {
  return pluralRules.select(count) === "one";
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${isSingular(count) ? one : many}`;
}

// A link to the whole of a list: "All 12 endorsements", but "The 1 endorsement".
export function allOf(count: number, one: string, many = `${one}s`): string {
  return `${isSingular(count) ? "The" : "All"} ${plural(count, one, many)}`;
}
