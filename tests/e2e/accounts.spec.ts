import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";
import { linkInMail } from "./mailbox";

const password = "a long enough passphrase";

test("every page carries the security headers", async ({ page }) => {
  for (const path of ["/", "/projects", "/login", "/no-such-page"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});

test("registering with a new organisation: mistakes are named and kept, then the confirmed account manages it, unverified", async ({
  page,
}) => {
  // Registering, confirming through the mail and signing in, with axe on each page.
  test.slow();
  const email = `e2e-${randomUUID().slice(0, 8)}@example.org`;
  const organisation = `E2E Theatre Lab ${randomUUID().slice(0, 6)}`;
  await page.goto("/register");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill("Ana Reyes");
  await page.getByLabel("E-mail address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel(/request a new organisation/).check();
  await page.getByLabel("Organisation name").fill(organisation);
  await page.getByLabel("Kind of organisation").selectOption("NGO_OR_ASSOCIATION");
  await page.getByLabel("Country").selectOption("PH");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /Use at least 12 characters\./,
  );
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("E-mail address", { exact: true })).toHaveValue(email);
  await expect(page.getByLabel("Organisation name")).toHaveValue(organisation);
  await expect(page.getByLabel("Country")).toHaveValue("PH");
  await expectAccessible(page);

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your mailbox" })).toBeVisible({
    timeout: 20_000,
  });
  await expectAccessible(page);

  await page.goto(await linkInMail(email, /^Confirm your e-mail address$/, "/confirm-email?token="));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByRole("link", { name: organisation })).toBeVisible();
  await expect(page.getByText("Not yet verified", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Manager: you answer requests/)).toBeVisible();
  await expectAccessible(page);
});

test("signing in and out with a demo account; a wrong password says nothing about the account", async ({
  page,
}) => {
  await page.goto("/projects");
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("E-mail address", { exact: true }).fill("ministry@demo.example.org");
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The e-mail address or the password is not right.")).toBeVisible();
  await expect(page.getByLabel("E-mail address", { exact: true })).toHaveValue("ministry@demo.example.org");
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  await page.getByLabel("Password", { exact: true }).fill("ministry-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Ministry of Culture (sample record, Poland)").first()).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
});

// Without JavaScript a cached page's header is everyone's: it links to the account, where
// the header is the member's own and signs out; the account then asks to sign in.
async function signOutFromAccount(page: Page) {
  await page.goto("/projects");
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Your account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member signs in, reads an entry's endorsers and signs out through the account link", async ({
    page,
  }) => {
    await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
    await page.goto("/projects/sample-shared-stages-residency-matera-xi-an/endorsements");
    await expect(page.getByRole("heading", { level: 1, name: /^Endorsements of/ })).toBeVisible();
    await signOutFromAccount(page);
  });

  test("a member follows an entry's page to their own forms for it", async ({ page }) => {
    await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
    await page.goto("/projects/sample-shared-stages-residency-matera-xi-an");
    await page
      .getByRole("link", { name: "Endorse, edit or report this entry on behalf of your organisation" })
      .click();
    await expect(page).toHaveURL(/\/endorse$/);
    // Only what the member may do with it: the forms post back here, and change places.
    const endorse = page.getByRole("button", { name: /^Endorse on behalf of/ });
    const withdraw = page.getByRole("button", { name: "Withdraw our endorsement" });
    await expect(endorse.or(withdraw)).toBeVisible();
    const endorsed = await withdraw.isVisible();
    await (endorsed ? withdraw : endorse).click();
    await expect(page).toHaveURL(/\/endorse$/);
    await expect(endorsed ? endorse : withdraw).toBeVisible();
    await (endorsed ? endorse : withdraw).click();
    await expect(endorsed ? withdraw : endorse).toBeVisible();
    // The entry itself is its page, one link away.
    await page.getByRole("link", { name: "The project’s page" }).click();
    await expect(page).toHaveURL(/\/projects\/sample-shared-stages-residency-matera-xi-an$/);
    await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
    await signOutFromAccount(page);
  });
});
