// Turns what a person typed into a prefix-matching tsquery ("herit cult" →
// "herit:* & cult:*"), keeping only letters and digits so no tsquery syntax
// from the input reaches Postgres.
export function prefixTsQuery(input: string | undefined): string | undefined {
  const words = input
    ?.toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.slice(0, 8);
  return words?.length ? words.map((word) => `${word}:*`).join(" & ") : undefined;
}
