import { useTranslations } from "next-intl";
import Link from "next/link";
import { SelectField, TextField } from "@/components/forms/fields";
import { valueOf, type FormState } from "@/lib/form-state";
import { labelOptions } from "@/lib/labels";

type Option = { value: string; label: string };

// Which organisation a person acts for: a listed one they ask to join, or a new one
// they request (and manage). Shared by registration and the account page.
export function OrganisationChoiceFields({
  state,
  organisations,
  countries,
  chosenOrganisationId,
  askToJoinHref,
}: {
  state: FormState;
  organisations: Option[];
  countries: Option[];
  chosenOrganisationId?: string;
  // Where "ask to join" leads when the new organisation is already listed.
  askToJoinHref: (slug: string) => string;
}) {
  const tLabels = useTranslations("labels");
  const errors = state.errors ?? {};
  const choice = valueOf(state, "organisationChoice", "existing");
  const listed = errors.existingOrganisation?.[0];
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-gray-300 p-4">
      <legend className="px-1 font-semibold">Your organisation</legend>
      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2">
          <input type="radio" name="organisationChoice" value="existing" defaultChecked={choice !== "new"} />
          It is listed on the portal: ask to join it (one of its managers approves you)
        </label>
        <SelectField
          name="organisationId"
          label="Organisation"
          options={organisations}
          emptyLabel="Choose your organisation"
          markOptional={false}
          defaultValue={valueOf(state, "organisationId", chosenOrganisationId)}
          errors={errors.organisationId}
        />
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby="new-organisation-hint">
        <legend className="sr-only">A new organisation</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="organisationChoice" value="new" defaultChecked={choice === "new"} />
          It is not listed: request a new organisation (an admin verifies it; you manage it)
        </label>
        <p id="new-organisation-hint" className="text-sm text-gray-700">
          With a new organisation, its name, kind and country are required; its website is optional.
        </p>
        <TextField
          name="newOrganisationName"
          label="Organisation name"
          markOptional={false}
          defaultValue={valueOf(state, "newOrganisationName")}
          errors={errors.newOrganisationName}
        />
        {listed ? (
          <p className="text-sm">
            <Link href={askToJoinHref(listed)}>Ask to join the listed organisation instead</Link>
          </p>
        ) : null}
        <SelectField
          name="newOrganisationKind"
          label="Kind of organisation"
          options={labelOptions(tLabels, "organisationKind")}
          emptyLabel="Choose a kind"
          markOptional={false}
          defaultValue={valueOf(state, "newOrganisationKind")}
          errors={errors.newOrganisationKind}
        />
        <SelectField
          name="newOrganisationCountry"
          label="Country"
          options={countries}
          emptyLabel="Choose a country"
          markOptional={false}
          defaultValue={valueOf(state, "newOrganisationCountry")}
          errors={errors.newOrganisationCountry}
        />
        <TextField
          name="newOrganisationWebsite"
          label="Website"
          type="url"
          defaultValue={valueOf(state, "newOrganisationWebsite")}
          errors={errors.newOrganisationWebsite}
        />
      </fieldset>
      {errors.organisationChoice?.length ? (
        <p className="text-sm text-red-800">{errors.organisationChoice.join(" ")}</p>
      ) : null}
    </fieldset>
  );
}
