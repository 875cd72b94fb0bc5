import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { failedForm, type FormState } from "@/lib/form-state";
import { renderInLocale } from "@/tests/setup/intl";

// Answers as the server does on a refusal: what was sent comes back with the errors.
let received: FormData | undefined;
async function refuse(_state: FormState, formData: FormData): Promise<FormState> {
  received = formData;
  return failedForm(formData, "Check the fields.", { reason: ["Say why."] });
}

function form(props: { folded?: boolean } = {}) {
  return (
    <ActionForm
      action={refuse}
      hidden={{ entryId: "e1" }}
      submit={{ label: "Send", pendingLabel: "Sending" }}
      folded={props.folded ? { summary: "Report", className: "" } : undefined}
    >
      <TextField name="reason" label="Reason" required defaultValue="saved reason" />
      <TextField name="note" label="Note" />
    </ActionForm>
  );
}

function submit() {
  fireEvent.submit(screen.getByRole("button", { name: "Send", hidden: true }).closest("form")!);
}

describe("ActionForm", () => {
  afterEach(cleanup);

  it("shows the saved value, then sends its hidden ids with the fields", async () => {
    renderInLocale(form());
    expect(screen.getByLabelText("Reason")).toHaveProperty("value", "saved reason");
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: "typed note" } });
    submit();
    await screen.findByRole("alert");
    expect(received?.get("entryId")).toBe("e1");
    expect(received?.get("note")).toBe("typed note");
  });

  it("puts each error by its field, ARIA-wired, and keeps what was sent", async () => {
    renderInLocale(form());
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: "typed note" } });
    submit();
    expect(await screen.findAllByText("Say why.")).toHaveLength(2);
    const reason = screen.getByLabelText("Reason");
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(reason.getAttribute("aria-describedby")).toBe("reason-error");
    expect(screen.getByLabelText(/^Note/)).toHaveProperty("value", "typed note");
    expect(screen.getByLabelText(/^Note/).getAttribute("aria-invalid")).toBeNull();
  });

  it("a folded form opens when it has something to say", async () => {
    renderInLocale(form({ folded: true }));
    const details = screen.getByText("Report").closest("details")!;
    expect(details.open).toBe(false);
    submit();
    await waitFor(() => expect(details.open).toBe(true));
  });
});
