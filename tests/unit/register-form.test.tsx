import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RegisterForm } from "@/app/[locale]/(site)/(auth)/register/_components/register-form";
import { renderInLocale } from "@/tests/setup/intl";

// The action answers as the server does in French (lib/parse-form.ts translates there).
vi.mock("@/lib/actions/registration", () => ({
  registerUser: vi.fn(async () => ({
    ok: false,
    message: "Certains champs demandent votre attention : voyez les messages à côté d'eux.",
    errors: { password: ["Utilisez au moins 12 caractères."] },
    values: {
      name: "Mai Tran",
      email: "mai@example.org",
      organisationChoice: "new",
      newOrganisationKind: "FOUNDATION",
    },
  })),
}));

const options = {
  organisations: [{ value: "o1", label: "Hanoi Puppetry Circle (Viet Nam)" }],
  countries: [{ value: "VN", label: "Viet Nam" }],
};

describe("RegisterForm", () => {
  afterEach(cleanup);

  it("speaks the page's language: labels, hints, choices and the button", () => {
    renderInLocale(<RegisterForm {...options} />, "fr");
    expect(screen.getByLabelText("Votre nom")).toBeTruthy();
    expect(screen.getByLabelText("Adresse e-mail")).toBeTruthy();
    expect(screen.getByText(/^Au moins 12 caractères\. Une courte phrase/)).toBeTruthy();
    expect(screen.getByRole("group", { name: "Votre organisation" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Choisissez votre organisation" })).toBeTruthy();
    expect(screen.getByLabelText("Site web (facultatif)")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Créer le compte" })).toBeTruthy();
  });

  it("after a refusal shows the translated messages next to the field and in the summary, input kept", async () => {
    renderInLocale(<RegisterForm {...options} />, "fr");
    fireEvent.submit(screen.getByRole("button", { name: "Créer le compte" }).closest("form")!);

    expect(await screen.findAllByText("Utilisez au moins 12 caractères.")).toHaveLength(2);
    const summary = screen.getByRole("alert");
    expect(summary.textContent).toMatch(/demandent votre attention/);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const password = screen.getByLabelText("Mot de passe");
    expect(password.getAttribute("aria-invalid")).toBe("true");
    expect(password.getAttribute("aria-describedby")).toBe("password-hint password-error");
    expect(screen.getByLabelText("Votre nom")).toHaveProperty("value", "Mai Tran");
    expect(screen.getByLabelText("Type d'organisation")).toHaveProperty("value", "FOUNDATION");
  });

  it("reads English by default", () => {
    renderInLocale(<RegisterForm {...options} />);
    expect(screen.getByLabelText("Your name")).toBeTruthy();
    expect(screen.getByText(/^At least 12 characters\./)).toBeTruthy();
    expect(screen.getByLabelText("Website (optional)")).toBeTruthy();
  });
});
