import { Prisma } from "@/lib/generated/prisma/client";

// What a person typed, as lowercase words of letters and digits only, so no
// tsquery syntax from the input reaches Postgres.
export function searchWords(input: string | undefined): string[] {
  return (
    input
      ?.toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? []
  );
}

// A prefix-matching tsquery: "herit cult" → "herit:* & cult:*".
export function prefixTsQuery(input: string | undefined): string | undefined {
  const words = searchWords(input);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : undefined;
}

// English vectors store stems ("festival" → festiv), so a word typed past its
// stem ("festiva") is no prefix of it. These shorter forms are tried as whole
// stems: up to three letters fewer, never under four letters.
export function stemCandidates(word: string): string[] {
  const candidates: string[] = [];
  for (let length = word.length - 1; length >= Math.max(4, word.length - 3); length--)
    candidates.push(word.slice(0, length));
  return candidates;
}

// A tsquery for a search over a vector built with the 'english' configuration:
// every word must match, by prefix or by one of its stem candidates. A search of
// stop words only ("the") falls back to plain prefixes, so it still finds "theatre".
export function englishPrefixQuery(words: string[]): Prisma.Sql {
  const terms = words.map((word) => {
    const typed = Prisma.sql`to_tsquery('english', ${`${word}:*`})`;
    const stems = stemCandidates(word);
    return stems.length ? Prisma.sql`(${typed} || to_tsquery('simple', ${stems.join(" | ")}))` : typed;
  });
  const english = Prisma.join(terms, " && ");
  const plain = words.map((word) => `${word}:*`).join(" & ");
  return Prisma.sql`(CASE WHEN numnode(${english}) = 0 THEN to_tsquery('simple', ${plain}) ELSE ${english} END)`;
}
