"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { EndorseForm, WithdrawForm } from "@/components/endorsements/endorsement-forms";
import type { ViewerEntryState } from "@/lib/queries/viewer-entry";

// The two places on an entry's page that are the signed-in viewer's own: the edit
// link under its title, and their organisation's endorsement form (or why it has none).
export type OwnEntryPart = "edit" | "endorsement";

export function OwnEntryPanel({ state, part }: { state: ViewerEntryState; part: OwnEntryPart }) {
  const { edit, endorsement, target } = state;
  if (part === "edit")
    return edit ? (
      <p className="mt-3">
        <Link href={edit.href}>{edit.label}</Link>
      </p>
    ) : null;
  if (!endorsement) return null;
  if ("message" in endorsement) return <p className="mt-3 text-gray-800">{endorsement.message}</p>;
  const Form = endorsement.form === "withdraw" ? WithdrawForm : EndorseForm;
  return <Form target={target} organisationName={endorsement.organisationName} />;
}

// Both parts of one page ask at once: one request between them, never kept after it.
const pending = new Map<string, Promise<ViewerEntryState | "failed">>();

function loadState(source: string) {
  let request = pending.get(source);
  if (!request) {
    request = fetch(`/api/viewer/entry?${source}`, { cache: "no-store" })
      .then(async (response) =>
        response.ok ? ((await response.json()) as ViewerEntryState) : ("failed" as const),
      )
      .catch(() => "failed" as const)
      .finally(() => pending.delete(source));
    pending.set(source, request);
  }
  return request;
}

// On an entry's cached copy, which is the same for every member: the viewer's own
// parts are asked for once the page is in the browser. Without JavaScript, or if
// that fails, a link leads to the entry's page rendered for them (?yours=1).
export function OwnEntryPanelLoader({
  source,
  part,
  ownViewHref,
}: {
  source: string;
  part: OwnEntryPart;
  ownViewHref: string;
}) {
  // "waiting" until the answer comes; the server renders that too.
  const [state, setState] = useState<ViewerEntryState | "waiting" | "failed">("waiting");
  useEffect(() => {
    let current = true;
    void loadState(source).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [source]);
  if (state === "waiting" || state === "failed") {
    // One link is enough, with the endorsements.
    if (part === "edit") return null;
    const link = <OwnViewLink href={ownViewHref} />;
    return state === "waiting" ? <noscript>{link}</noscript> : link;
  }
  return <OwnEntryPanel state={state} part={part} />;
}

function OwnViewLink({ href }: { href: string }) {
  return (
    <p className="mt-3">
      <a href={href}>Endorse or edit this entry on behalf of your organisation</a>
    </p>
  );
}
