import { expect, expectAccessible, test } from "./fixtures";

test("search and filters live in the URL and the back button restores them", async ({ page }) => {
  await page.goto("/projects");
  await expect(page.getByRole("heading", { level: 1, name: "Cooperation projects" })).toBeVisible();
  await expect(page.getByText("Sample data").first()).toBeVisible();
  await expectAccessible(page);
  const allCount = await page.getByRole("status").first().textContent();

  await page.getByLabel("Search projects").fill("herit");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=herit/);
  await expect(page.getByRole("link", { name: /Heritage Cities Toolkit/ }).first()).toBeVisible();
  const searchCount = await page.getByRole("status").first().textContent();
  expect(searchCount).not.toBe(allCount);

  await page.getByLabel("Discipline").selectOption("ARCHITECTURE");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/discipline=ARCHITECTURE/);
  await expect(page.getByRole("link", { name: /Living Architecture/ })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/q=herit/);
  await expect(page).not.toHaveURL(/discipline=ARCHITECTURE/);
  await expect(page.getByLabel("Search projects")).toHaveValue("herit");
});

test("a filter with no match says so", async ({ page }) => {
  await page.goto("/projects?q=zzzznothing");
  await expect(page.getByText("No projects match these filters.")).toBeVisible();
});

test("pages through the list and opens a project with its endorsements", async ({ page }) => {
  await page.goto("/projects?sort=endorsed");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of/)).toBeVisible();

  await page.goto("/projects?sort=endorsed");
  await page.getByRole("main").getByRole("heading", { level: 2 }).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: "Endorsements" })).toBeVisible();
  await expect(page.getByText(/from Asia, \d+ from Europe/)).toBeVisible();
  await expect(page.getByText("Lead organisation")).toBeVisible();
  await expectAccessible(page);
});

test("an unknown project is a 404", async ({ page }) => {
  const response = await page.goto("/projects/no-such-project");
  expect(response?.status()).toBe(404);
});
