"use client";

import { useEffect, useState } from "react";
import type { ViewerEntryRef } from "@/lib/queries/viewer-entry";
import type { ViewerAnswer } from "@/lib/viewer";

type Batch = { query: URLSearchParams; answer: Promise<ViewerAnswer | "failed"> };

// The islands of one page (the header's and an entry's) ask in the same commit: they
// share one request to /api/viewer, sent once they have all asked. Never kept after it.
let open: Batch | null = null;

function askViewer(entry: ViewerEntryRef | undefined): Promise<ViewerAnswer | "failed"> {
  if (!open) {
    const batch: Batch = { query: new URLSearchParams(), answer: Promise.resolve("failed") };
    batch.answer = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => {
        if (open === batch) open = null;
        return fetch(`/api/viewer?${batch.query}`, { cache: "no-store" });
      })
      .then(async (response) =>
        response.ok ? ((await response.json()) as ViewerAnswer) : ("failed" as const),
      )
      .catch(() => "failed" as const);
    open = batch;
  }
  if (entry) for (const [key, value] of Object.entries(entry)) open.query.set(key, value);
  return open.answer;
}

// "waiting" until the answer comes (the server renders that too), "failed" if it cannot.
export function useViewer(entry?: ViewerEntryRef): ViewerAnswer | "waiting" | "failed" {
  const [answer, setAnswer] = useState<ViewerAnswer | "waiting" | "failed">("waiting");
  const key = entry ? new URLSearchParams(entry).toString() : "";
  useEffect(() => {
    let current = true;
    void askViewer(key ? (Object.fromEntries(new URLSearchParams(key)) as ViewerEntryRef) : undefined).then(
      (result) => {
        if (current) setAnswer(result);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  return answer;
}
