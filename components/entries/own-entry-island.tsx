"use client";

import { useLocale, useTranslations } from "next-intl";
import { SignInToEndorse } from "@/components/endorsements/sign-in-to-endorse";
import { useViewer } from "@/components/viewer/use-viewer";
import { getPathname } from "@/i18n/navigation";
import type { ViewerEntryRef } from "@/lib/queries/viewer-entry";
import { OwnEntryPanel, type OwnEntryPart } from "./own-entry-panel";

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
