import { isSingular, plural } from "@/lib/format";

// "12 projects match": announced politely so screen readers hear a filter's effect.
export function ResultCount({ total, noun }: { total: number; noun: string }) {
  return (
    <p role="status" className="mb-2 font-medium">
      {plural(total, noun)} {isSingular(total) ? "matches" : "match"}
    </p>
  );
}
