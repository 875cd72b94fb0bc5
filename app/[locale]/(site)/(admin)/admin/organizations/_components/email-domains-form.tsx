"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveEmailDomains } from "@/lib/actions/memberships";
import { initialFormState, valueOf } from "@/lib/form-state";

export function EmailDomainsForm({ organisationId, domains }: { organisationId: string; domains: string[] }) {
  const [state, formAction] = useActionState(saveEmailDomains, initialFormState);
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        name="emailDomains"
        label="Proven e-mail domains"
        hint="One per line, such as culture.gov.pl: only domains the organisation has shown it controls. A person who confirms an address on one joins at once, without a manager's approval."
        rows={3}
        defaultValue={valueOf(state, "emailDomains", domains.join("\n"))}
        errors={state.errors?.emailDomains}
      />
      <div>
        <SubmitButton tone="secondary" pendingLabel="Saving…">
          Save the domains
        </SubmitButton>
      </div>
    </form>
  );
}
