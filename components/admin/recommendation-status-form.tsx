"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { StatusChangeForm } from "@/components/forms/status-change-form";
import { changeRecommendationStatus } from "@/lib/actions/admin/recommendations";
import { labelOptions } from "@/lib/labels";

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
  const tLabels = useTranslations("labels");
  const t = useTranslations("admin.recommendations.form");
  return (
    <StatusChangeForm
      action={changeRecommendationStatus}
      hidden={{ recommendationId }}
      statuses={labelOptions(tLabels, "recommendationStatus")}
      current={status}
      noteMax={1000}
      labels={{
        status: t("status"),
        chooseStatus: t("chooseStatus"),
        note: t("note"),
        noteHint: t("noteHint"),
        submit: t("submit"),
        saving: t("saving"),
      }}
    >
      <SelectField
        name="meetingId"
        label={t("meeting")}
        hint={t("meetingHint")}
        options={meetings}
        emptyLabel={t("chooseMeeting")}
      />
      <TextField name="changedOn" label={t("date")} type="date" hint={t("dateHint")} />
    </StatusChangeForm>
  );
}
