import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, registerAndConfirm, signIn, signOut, test } from "./fixtures";

const ORGANISATION = "Mekong Stage Collective";
const OPTION = "Mekong Stage Collective (Vietnam)";

// The entries a list page links to, by their titles.
const entryLinks = (page: Page) =>
  page.getByRole("main").getByRole("listitem").getByRole("heading").getByRole("link");

test("a newcomer joins a listed organisation: confirms their address from the mail, is approved by its manager, endorses", async ({
  page,
}) => {
  // Four sign-ins, a registration and an approval: a long walk on a busy machine.
  test.slow();
  const suffix = randomUUID().slice(0, 8);
  const person = {
    name: `Thu Ha ${suffix}`,
    email: `e2e-joiner-${suffix}@example.org`,
    password: "a long enough passphrase",
  };
  await registerAndConfirm(page, { ...person, organisation: OPTION });

  // Confirmed, but not yet approved: the portal says so wherever they would act.
  await expect(page.getByText("Waiting for a manager's approval")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/recommendations");
  await entryLinks(page).first().click();
  await expect(
    page.getByText(`Your request to join ${ORGANISATION} is waiting for the approval`),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
  const requests = page.locator("#membership-requests");
  const request = requests.getByRole("listitem").filter({ hasText: person.email });
  await expect(request).toBeVisible();
  await expectAccessible(page);
  await request.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(/The request is approved/)).toBeVisible();
  await expect(
    page.locator("#members").getByRole("listitem").filter({ hasText: person.email }),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, person.email, person.password);
  await expect(page.getByText("Your place in it")).toBeVisible();
  await expect(page.getByText("Waiting for a manager's approval")).toHaveCount(0);
  // An entry the organisation may endorse: not its own, not endorsed yet.
  await page.goto("/recommendations");
  const links = await entryLinks(page).evaluateAll((anchors) =>
    anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
  );
  const endorse = page.getByRole("button", { name: `Endorse on behalf of ${ORGANISATION}` });
  let endorsed = false;
  for (const link of links) {
    await page.goto(link);
    const answer = endorse
      .or(page.getByRole("button", { name: "Withdraw our endorsement" }))
      .or(page.getByText(/cannot endorse it/));
    await expect(answer.first()).toBeVisible();
    if (!(await endorse.isVisible())) continue;
    await endorse.click();
    await expect(page.getByText(`${ORGANISATION} endorses this entry.`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Withdraw our endorsement" })).toBeVisible();
    endorsed = true;
    break;
  }
  expect(endorsed, "an entry the organisation could endorse").toBe(true);
});

test("the sign-in page leads to a password reset that answers alike for any address", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel("E-mail address", { exact: true })
    .fill(`e2e-nobody-${randomUUID().slice(0, 8)}@example.org`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(/If an account has this address, a link/)).toBeVisible();
});
