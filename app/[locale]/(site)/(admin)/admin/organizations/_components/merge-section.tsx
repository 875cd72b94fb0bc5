import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmField, RadioGroup } from "@/components/forms/fields";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { mergeOrganisations } from "@/lib/actions/admin/organisations";
import { label } from "@/lib/labels";
import type { MergeCandidate } from "@/lib/queries/admin/organisations";

// Finds the organisation to keep by name (?into=), then merges the page's (the duplicate) into it.
export function MergeSection({
  duplicate,
  into,
  candidates,
}: {
  duplicate: { id: string; name: string };
  into: string | undefined;
  candidates: MergeCandidate[];
}) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("admin.organisations.entry");
  const tForms = useTranslations("admin.organisations.forms");
  const candidateOptions = candidates.map((candidate) => ({
    value: candidate.id,
    label: (
      <>
        {candidate.name}{" "}
        <span className="text-sm text-gray-700">
          ({label(tLabels, "organisationKind", candidate.kind)}
          {candidate.country ? `, ${candidate.country.name}` : ""},{" "}
          {label(tLabels, "verification", candidate.verificationStatus).toLowerCase()})
        </span>
      </>
    ),
  }));
  return (
    <Section id="merge-heading" title={t("merge")} className="mt-10 space-y-4">
      <form method="get" role="search" aria-label={t("findLabel")} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="into" className="font-medium text-gray-900">
            {t("keepName")}
          </label>
          <input
            id="into"
            type="search"
            name="into"
            maxLength={200}
            defaultValue={into ?? ""}
            className="rounded border border-gray-400 bg-white px-2 py-1.5"
          />
        </div>
        <button type="submit" className="rounded border border-gray-400 bg-white px-4 py-2 font-medium">
          {t("find")}
        </button>
      </form>
      {into && candidates.length ? (
        <ActionForm
          action={mergeOrganisations}
          hidden={{ duplicateId: duplicate.id }}
          submit={{ label: tForms("merge"), pendingLabel: tForms("merging"), tone: "danger" }}
          className="flex flex-col gap-4"
        >
          <RadioGroup name="keepId" label={tForms("keep")} options={candidateOptions} required />
          {/* The admin confirms the merge by name: it cannot be undone. */}
          <ConfirmField name="confirm" label={tForms("confirmMerge", { name: duplicate.name })} />
        </ActionForm>
      ) : into ? (
        <EmptyState title={t("noCandidates")} />
      ) : null}
    </Section>
  );
}
