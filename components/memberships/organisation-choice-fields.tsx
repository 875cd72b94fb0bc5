"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { Link } from "@/i18n/navigation";
import { useFormState } from "@/components/forms/form-context";
import { valueOf } from "@/lib/form-state";
import { labelOptions } from "@/lib/labels";

type Option = { value: string; label: string };

// Which organisation a person acts for: a listed one they ask to join, or a new one
// they request (and manage). Shared by registration and the account page.
// What the page offers to choose from, passed on by the forms that hold these fields.
export type OrganisationChoices = {
  organisations: Option[];
  countries: Option[];
  chosenOrganisationId?: string;
};

export function OrganisationChoiceFields({
  organisations,
  countries,
  chosenOrganisationId,
  askToJoinOn,
}: OrganisationChoices & {
  // The page that offers "ask to join" when the new organisation is already listed (the
  // listed one is chosen there by ?organisation=).
  askToJoinOn: { pathname: "/register" | "/account"; hash?: string };
}) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("memberships.choice");
  const state = useFormState();
  const errors = state.errors ?? {};
  const choice = valueOf(state, "organisationChoice", "existing");
  const listed = errors.existingOrganisation?.[0];
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-gray-300 p-4">
      <legend className="px-1 font-semibold">{t("legend")}</legend>
      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2">
          <input type="radio" name="organisationChoice" value="existing" defaultChecked={choice !== "new"} />
          {t("existing")}
        </label>
        <SelectField
          name="organisationId"
          label={t("organisation")}
          options={organisations}
          emptyLabel={t("chooseOrganisation")}
          markOptional={false}
          defaultValue={chosenOrganisationId}
        />
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby="new-organisation-hint">
        <legend className="sr-only">{t("newLegend")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="organisationChoice" value="new" defaultChecked={choice === "new"} />
          {t("new")}
        </label>
        <p id="new-organisation-hint" className="text-sm text-gray-700">
          {t("newHint")}
        </p>
        <TextField name="newOrganisationName" label={t("name")} markOptional={false} />
        {listed ? (
          <p className="text-sm">
            <Link href={{ ...askToJoinOn, query: { organisation: listed } }}>{t("askToJoinListed")}</Link>
          </p>
        ) : null}
        <SelectField
          name="newOrganisationKind"
          label={t("kind")}
          options={labelOptions(tLabels, "organisationKind")}
          emptyLabel={t("chooseKind")}
          markOptional={false}
        />
        <SelectField
          name="newOrganisationCountry"
          label={t("country")}
          options={countries}
          emptyLabel={t("chooseCountry")}
          markOptional={false}
        />
        <TextField name="newOrganisationWebsite" label={t("website")} type="url" />
      </fieldset>
      {errors.organisationChoice?.length ? (
        <p className="text-sm text-red-800">{errors.organisationChoice.join(" ")}</p>
      ) : null}
    </fieldset>
  );
}
