import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { linkInMail } from "./mailbox";

export { expect, test };

// A seeded sample project that the hiding tests take away from the public.
export const sampleProject = {
  slug: "sample-sound-of-two-coasts-veszprem-chengdu",
  title: "Sound of Two Coasts: Veszprém – Chengdu",
};

// Fails with a readable list when axe finds WCAG 2.1 A/AA violations.
export async function expectAccessible(page: Page) {
  // After a client navigation Next streams the new page's <title> after its content, and
  // the document has none for a moment (12 ms here, longer on a busy machine): the title is
  // asserted as the page settles, and axe's one-instant look at it is left out.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .disableRules(["document-title"])
    .analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(violations, `Accessibility violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password: string, origin = "") {
  await page.goto(`${origin}/login`);
  await page.getByLabel("E-mail address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // argon2 takes its time on a busy machine.
  await expect(page).toHaveURL(/\/account/, { timeout: 20_000 });
}

// Waits for the session to end: the next navigation must not race the sign-out.
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(
    page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
}

type Registration = { name: string; email: string; password: string } & (
  { organisation: string } | { newOrganisation: { name: string; kind: string; country: string } }
);

// Registers, opens the confirmation link from the mail the portal actually sent, confirms
// and signs in: a newcomer's first steps.
export async function registerAndConfirm(page: Page, person: Registration) {
  await page.goto("/register");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("E-mail address", { exact: true }).fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  if ("organisation" in person) {
    await page.getByLabel(/It is listed on the portal/).check();
    await page.getByLabel("Organisation", { exact: true }).selectOption({ label: person.organisation });
  } else {
    await page.getByLabel(/request a new organisation/).check();
    await page.getByLabel("Organisation name").fill(person.newOrganisation.name);
    await page.getByLabel("Kind of organisation").selectOption(person.newOrganisation.kind);
    await page.getByLabel("Country").selectOption(person.newOrganisation.country);
  }
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password and sending the mail take a while on a busy machine.
  await expect(page.getByRole("heading", { level: 1, name: "Check your mailbox" })).toBeVisible({
    timeout: 20_000,
  });

  await page.goto(await linkInMail(person.email, /^Confirm your e-mail address$/, "/confirm-email?token="));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByText("Your e-mail address is confirmed. Sign in to continue.")).toBeVisible({
    timeout: 20_000,
  });
  await signIn(page, person.email, person.password);
}
