"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeRecommendationStatus } from "@/lib/actions/admin/recommendations";
import { initialFormState, valueOf } from "@/lib/form-state";
import { optionsOf, recommendationStatusLabels } from "@/lib/labels";

type Option = { value: string; label: string };

export function RecommendationStatusForm({
  recommendationId,
  status,
  meetings,
}: {
  recommendationId: string;
  status: string;
  meetings: Option[];
}) {
  const [state, formAction] = useActionState(changeRecommendationStatus, initialFormState);
  const t = useTranslations("admin.recommendations.form");
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <SelectField
        name="toStatus"
        label={t("status")}
        required
        options={optionsOf(recommendationStatusLabels).filter((option) => option.value !== status)}
        emptyLabel={t("chooseStatus")}
        defaultValue={valueOf(state, "toStatus")}
        errors={state.errors?.toStatus}
      />
      <SelectField
        name="meetingId"
        label={t("meeting")}
        hint={t("meetingHint")}
        options={meetings}
        emptyLabel={t("chooseMeeting")}
        defaultValue={valueOf(state, "meetingId")}
        errors={state.errors?.meetingId}
      />
      <TextField
        name="note"
        label={t("note")}
        required
        rows={3}
        maxLength={1000}
        hint={t("noteHint")}
        defaultValue={valueOf(state, "note")}
        errors={state.errors?.note}
      />
      <TextField
        name="changedOn"
        label={t("date")}
        type="date"
        hint={t("dateHint")}
        defaultValue={valueOf(state, "changedOn")}
        errors={state.errors?.changedOn}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
