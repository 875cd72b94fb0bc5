"use client";

import { useLocale, useTranslations } from "next-intl";
import { EndorseForm, WithdrawForm } from "@/components/endorsements/endorsement-forms";
import { SignInToEndorse } from "@/components/endorsements/sign-in-to-endorse";
import { useViewer } from "@/components/viewer/use-viewer";
import { getPathname, Link } from "@/i18n/navigation";
import type { ViewerEntryRef, ViewerEntryState } from "@/lib/queries/viewer-entry";
import { explainRefusal } from "@/lib/refusals";

// The two places on an entry's page that are the signed-in viewer's own: the edit
// link under its title, and their organisation's endorsement form (or why it has none).
export type OwnEntryPart = "edit" | "endorsement";

export function OwnEntryPanel({ state, part }: { state: ViewerEntryState; part: OwnEntryPart }) {
  const t = useTranslations("endorsements.entry");
  const tRefusal = useTranslations("permissions");
  const { edit, endorsement, target } = state;
  if (part === "edit")
    return edit ? (
      <p className="mt-3">
        <Link href={edit.href}>{t("projectId" in target ? "editProject" : "editRecommendation")}</Link>
      </p>
    ) : null;
  if (!endorsement) return null;
  if ("refusal" in endorsement)
    return <p className="mt-3 text-gray-800">{explainRefusal(tRefusal, endorsement.refusal)}</p>;
  const Form = endorsement.form === "withdraw" ? WithdrawForm : EndorseForm;
  return <Form target={target} organisationName={endorsement.organisationName} />;
}

// On an entry's cached copy, the same for everyone: the viewer's own parts are asked
// for once the page is in the browser. Without JavaScript, or if that fails, a link
// leads to the entry's page of the viewer's own, rendered for them (<entry>/endorse).
export function OwnEntryIsland({
  entry,
  part,
  path,
}: {
  entry: ViewerEntryRef;
  part: OwnEntryPart;
  path: string;
}) {
  const t = useTranslations("endorsements");
  const locale = useLocale();
  const answer = useViewer(entry);
  if (answer === "waiting" || answer === "failed") {
    // One link is enough, with the endorsements.
    if (part === "edit") return null;
    const link = (
      <p className="mt-3">
        <a href={getPathname({ href: `${path}/endorse`, locale })}>{t("ownViewLink")}</a>
      </p>
    );
    return answer === "waiting" ? <noscript>{link}</noscript> : link;
  }
  if (!answer.user) return part === "endorsement" ? <SignInToEndorse path={path} /> : null;
  return answer.entry ? <OwnEntryPanel state={answer.entry} part={part} /> : null;
}
