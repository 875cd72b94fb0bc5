import { useTranslations } from "next-intl";
import { EndorseForm, WithdrawForm } from "@/components/endorsements/endorsement-forms";
import { Link } from "@/i18n/navigation";
import type { ViewerEntryState } from "@/lib/queries/viewer-entry";
import { explainRefusal } from "@/lib/refusals";

// The two places on an entry's page that are the signed-in viewer's own: the edit
// link under its title, and their organisation's endorsement form (or why it has none).
export type OwnEntryPart = "edit" | "endorsement";

// Rendered on the server for the entry's own view (<entry>/endorse), where only the
// form's words then travel to the browser, and in the browser by the island of its
// cached copy (own-entry-island.tsx).
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
