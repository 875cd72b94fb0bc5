import { randomUUID } from "node:crypto";
import { expect, expectAccessible, registerAndConfirm, signIn, signOut, test } from "./fixtures";

const password = "a long enough passphrase";

test("a new member submits a project, fixes a mistake, sees it listed; another organisation endorses it", async ({
  page,
}) => {
  // Registering through the mail, submitting, endorsing: a long walk on a busy machine.
  test.slow();
  const suffix = randomUUID().slice(0, 6);
  const email = `e2e-submitter-${suffix}@example.org`;
  const organisation = `E2E Arts Network ${suffix}`;
  const title = `Shadow puppetry residencies ${suffix}`;

  await registerAndConfirm(page, {
    name: "Dewi Lestari",
    email,
    password,
    newOrganisation: { name: organisation, kind: "NGO_OR_ASSOCIATION", country: "ID" },
  });

  await page.goto("/projects");
  await page.getByRole("link", { name: "Submit a project" }).click();
  // The form is rendered on request for the member; on a busy machine that takes longer than
  // an assertion's 5 s, so wait as for any navigation.
  await page.waitForURL(/\/projects\/new$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Submit");
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Puppeteers from Java and Wallonia trade residencies.");
  await page.getByLabel("Description").fill("Too short");
  // The searchable multi-select: type a few letters, then pick from what it offers.
  const countries = page.getByRole("combobox", { name: "Countries" });
  for (const [typed, country] of [
    ["Indon", "Indonesia"],
    ["Belg", "Belgium"],
  ]) {
    await countries.fill(typed);
    await page.getByRole("option", { name: country, exact: true }).click();
  }
  await page.getByRole("checkbox", { name: "Performing arts" }).check();
  await page.getByRole("checkbox", { name: "Artist mobility" }).check();
  await page.getByLabel("Website").fill("ftp://puppets.example.org");
  await page.getByRole("button", { name: "Submit project" }).click();

  // The focus is on the summary of what went wrong, whose links lead to the fields.
  const summary = page.getByRole("alert").filter({ hasText: "need your attention" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link").first().click();
  await expect(page.getByLabel("Description")).toBeFocused();
  await expect(page.getByLabel("Description")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Website")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Description")).toHaveValue("Too short");
  await expect(page.locator("select#countryCodes")).toHaveValues(["BE", "ID"]);
  await expect(page.getByRole("checkbox", { name: "Performing arts" })).toBeChecked();
  await expectAccessible(page);

  await page
    .getByLabel("Description")
    .fill("Six **residencies** a year between Yogyakarta and Charleroi, with public shows in both cities.");
  await page.getByLabel("Website").fill("https://puppets.example.org");
  await page.getByRole("button", { name: "Submit project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Organisation not yet verified").first()).toBeVisible();
  await expect(page.locator("strong", { hasText: "residencies" })).toBeVisible();
  await expect(page.getByText("No organisation has endorsed this entry yet.")).toBeVisible();
  // The submitter's own parts of the page: its edit link, and why it cannot endorse it.
  await expect(page.getByRole("link", { name: "Edit this project" })).toBeVisible();
  await expect(
    page.getByText(/leads or is a partner of this project, so it cannot endorse it/),
  ).toBeVisible();
  const projectUrl = page.url();

  await page.goto("/projects");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await signOut(page);
  // Signed out, the page comes from the visitors' cache; the endorsement below must refresh it.
  await page.goto(projectUrl);
  await expect(page.getByText("No organisation has endorsed this entry yet.")).toBeVisible();

  await signIn(page, "ministry@demo.example.org", "ministry-demo-password");
  // Members share cached copies of the lists: the endorsement below must refresh them too.
  const listed = `/projects?q=${encodeURIComponent(title)}`;
  await page.goto(listed);
  await expect(page.getByText("0 endorsements", { exact: true })).toBeVisible();
  await page.goto(projectUrl);
  await page.getByLabel("Statement").fill("Poland's ministry supports these residencies.");
  await page.getByRole("button", { name: /Endorse on behalf of Ministry of Culture/ }).click();
  await expect(
    page.getByText("1 organisation endorsed this entry: 0 from Asia, 1 from Europe."),
  ).toBeVisible();
  await expect(page.getByText("“Poland's ministry supports these residencies.”")).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdraw our endorsement" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(listed);
  await expect(page.getByText("1 endorsement", { exact: true })).toBeVisible();
  await signOut(page);

  await page.goto(projectUrl);
  await expect(page.getByText("1 organisation endorsed this entry")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to endorse" })).toBeVisible();
});

test("without JavaScript the countries are a plain multiple select, kept after a refused submit", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
  await page.goto("/projects/new");
  await page.getByLabel("Countries").selectOption(["VN", "FR"]);
  await page.getByRole("button", { name: "Submit project" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "need your attention" })).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link", { name: /title/i })).toHaveAttribute(
    "href",
    "#title",
  );
  await expect(page.getByLabel("Countries")).toHaveValues(["FR", "VN"]);
  await context.close();
});
