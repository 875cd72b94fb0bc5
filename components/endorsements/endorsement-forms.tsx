"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { endorseEntry, withdrawEndorsement } from "@/lib/actions/endorsements";
import { STATEMENT_MAX_LENGTH } from "@/lib/validations/endorsement";
import type { EntryTarget } from "@/lib/validations/entry-target";

type Props = { target: EntryTarget; organisationName: string };

const boxed = "mt-4 flex flex-col gap-3 rounded border border-gray-300 p-4";

export function EndorseForm({ target, organisationName }: Props) {
  const t = useTranslations("endorsements.form");
  return (
    <ActionForm
      action={endorseEntry}
      hidden={target}
      submit={{ label: t("submit", { organisation: organisationName }), pendingLabel: t("pending") }}
      className={boxed}
    >
      <TextField
        name="statement"
        label={t("statement")}
        rows={3}
        maxLength={STATEMENT_MAX_LENGTH}
        hint={t("statementHint", { organisation: organisationName, max: STATEMENT_MAX_LENGTH })}
      />
    </ActionForm>
  );
}

export function WithdrawForm({ target, organisationName }: Props) {
  const t = useTranslations("endorsements.form");
  return (
    <ActionForm
      action={withdrawEndorsement}
      hidden={target}
      submit={{ label: t("withdraw"), pendingLabel: t("withdrawing"), tone: "secondary" }}
      className={boxed}
    >
      <p>{t("endorses", { organisation: organisationName })}</p>
    </ActionForm>
  );
}
