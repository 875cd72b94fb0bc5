import type { Page } from "@playwright/test";
import { expect, expectAccessible, sampleProject, signIn, signOut, test } from "./fixtures";

const signInAsAdmin = (page: Page) => signIn(page, "admin@demo.example.org", "admin-demo-password");

test("members and visitors cannot open the admin area", async ({ page }) => {
  await page.goto("/admin/partnerships");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fpartnerships/);
  await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
  const response = await page.goto("/admin/partnerships");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You may not open this page" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page).toHaveTitle(/^You may not open this page/);
});

test("an admin pairs an ECoC with a CCEA city, changes its status with a note, and the public page shows both", async ({
  page,
}) => {
  await signInAsAdmin(page);
  const pairingName = "Esch-sur-Alzette 2022 – Wenzhou 2022";
  if (test.info().retry > 0) {
    // A retry finds the pairing its first try made: delete it, so that pairing again is allowed.
    await page.goto("/partnerships");
    const made = page.getByRole("link", { name: pairingName, exact: true });
    if (await made.count()) {
      await page.goto(`/admin${await made.getAttribute("href")}/delete`);
      await page.getByRole("button", { name: "Delete this pairing" }).click();
      await expect(page.getByText("The pairing is deleted")).toBeVisible();
    }
  }
  await page
    .getByRole("navigation", { name: "Account" })
    .getByRole("link", { name: "Admin", exact: true })
    .click();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "City pairings" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New pairing" }).click();
  await page
    .getByLabel("European Capital of Culture")
    .selectOption({ label: "Esch-sur-Alzette (Luxembourg), ECoC 2022" });
  await page.getByLabel("Culture City of East Asia").selectOption({ label: "Wenzhou (China), CCEA 2022" });
  await page.getByRole("checkbox", { name: "Artist mobility" }).check();
  await page
    .getByLabel("Rationale")
    .fill("Both were title holders in 2022 and run industrial-heritage programmes.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Pair these cities" }).click();

  await expect(page).toHaveURL(/\/admin\/partnerships\/[^/?]+\?created=1/);
  await page.getByLabel("New status").selectOption("EXPLORING");
  await page.getByLabel("Note").fill("First call between the two cities' culture offices.");
  await page.getByRole("button", { name: "Change the status" }).click();
  await expect(page.getByText("First call between the two cities' culture offices.").first()).toBeVisible();

  await page.getByRole("link", { name: "Public page" }).click();
  await expect(page).toHaveTitle(new RegExp(`^${pairingName}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Esch-sur-Alzette");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Wenzhou");
  await expect(page.getByText(/Proposed → Exploring/)).toBeVisible();
  await expect(page.getByText("First call between the two cities' culture offices.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/partnerships");
  await expect(page.getByRole("link", { name: pairingName, exact: true })).toBeVisible();
});

test("a member reports a project; an admin hides it and it disappears from /projects", async ({
  page,
  browser,
}) => {
  const { slug, title } = sampleProject;
  const search = `/projects?q=${encodeURIComponent("Sound of Two Coasts Chengdu")}`;
  const comment = "The dates on this entry are wrong.";
  if (test.info().retry > 0) {
    // A retry finds what its first try left: the project hidden, or its report still open.
    await signInAsAdmin(page);
    await page.goto("/admin/moderation");
    const hidden = page
      .getByRole("region", { name: /Hidden entries/ })
      .getByRole("listitem")
      .filter({ hasText: title });
    if (await hidden.count()) {
      await hidden.getByRole("button", { name: "Restore" }).click();
      await expect(page.getByText("The entry is published again.")).toBeVisible();
    }
    const reports = page.getByRole("listitem").filter({ hasText: comment });
    while (await reports.count()) {
      const before = await reports.count();
      await reports.first().getByRole("button", { name: "Dismiss the report" }).click();
      await expect(reports).toHaveCount(before - 1);
    }
    await signOut(page);
  }
  // A visitor (no session) is served cached pages: load them before the hide, so the cache holds them.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(search);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.goto(`/projects/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
  await page.goto(`/projects/${slug}`);
  await page.getByText("Report this project to the moderators").click();
  await page.getByLabel("Reason").selectOption("INACCURATE");
  await page.getByLabel("Comment").fill(comment);
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByText("Thank you: the moderators will look at your report.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await signOut(page);

  await signInAsAdmin(page);
  await page.goto("/admin/moderation");
  await expectAccessible(page);
  const report = page.getByRole("listitem").filter({ hasText: comment });
  await report
    .getByLabel("Reason shown in place of the entry")
    .fill("The project's organisers asked to withdraw it.");
  await report.getByRole("button", { name: "Hide the entry" }).click();
  await expect(page.getByText("The entry is hidden; its address now shows the reason.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: comment })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: /Hidden entries/ }).getByRole("link", { name: title }),
  ).toBeVisible();

  await page.goto(search);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto(`/projects/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "This project has been hidden" })).toBeVisible();
  await expect(page.getByText("The project's organisers asked to withdraw it.")).toBeVisible();

  // The hide dropped the visitor's cached copies too.
  await visitor.goto(search);
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await visitor.goto(`/projects/${slug}`);
  await expect(
    visitor.getByRole("heading", { level: 1, name: "This project has been hidden" }),
  ).toBeVisible();
  await visitor.context().close();
});
