"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { deletePartnership } from "@/lib/actions/admin/partnerships";
import { initialFormState } from "@/lib/form-state";

export function DeletePartnershipForm({ partnershipId }: { partnershipId: string }) {
  const [state, formAction] = useActionState(deletePartnership, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <div className="flex items-center gap-4">
        <SubmitButton tone="danger" pendingLabel="Deleting…">
          Delete this pairing
        </SubmitButton>
        <Link href={`/admin/partnerships/${partnershipId}`}>Keep it</Link>
      </div>
    </form>
  );
}
