import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "./action-form";
import { SelectField, TextField } from "./fields";

type Option = { value: string; label: string };

// "Change the status of X": the statuses it can move to (not the one it has), a required
// note for the record's history, and whatever else that record's change asks for.
export function StatusChangeForm({
  action,
  hidden,
  statuses,
  current,
  noteMax,
  labels,
  children,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  statuses: Option[];
  current: string;
  noteMax: number;
  labels: {
    status: string;
    chooseStatus: string;
    note: string;
    noteHint: string;
    submit: string;
    saving: string;
  };
  children?: ReactNode;
}) {
  return (
    <ActionForm
      action={action}
      hidden={hidden}
      submit={{ label: labels.submit, pendingLabel: labels.saving }}
    >
      <SelectField
        name="toStatus"
        label={labels.status}
        required
        options={statuses.filter((option) => option.value !== current)}
        emptyLabel={labels.chooseStatus}
      />
      {children}
      <TextField
        name="note"
        label={labels.note}
        required
        rows={3}
        maxLength={noteMax}
        hint={labels.noteHint}
      />
    </ActionForm>
  );
}
