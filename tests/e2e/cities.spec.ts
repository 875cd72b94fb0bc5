import { expect, expectAccessible, test } from "./fixtures";

test("lists all 129 ECoC and CCEA designations, newest first, and passes axe", async ({ page }) => {
  await page.goto("/cities");
  await expect(
    page.getByRole("heading", { level: 1, name: "Culture capitals and culture cities" }),
  ).toBeVisible();
  await expect(page.getByText("129 designations match")).toBeVisible();
  const cities = page.getByRole("rowheader");
  await expect(cities).toHaveCount(129);
  await expect(page.getByRole("row").nth(1)).toContainText("2030");
  await expect(page.getByRole("row").last()).toContainText("1985");
  await expect(page.getByRole("row").last()).toContainText("Athens");
  await expect(page.getByRole("link", { name: "Greece" }).first()).toHaveAttribute("href", "/countries/GR");
  await expectAccessible(page);
});

test("programme and year filters live in the URL, and the back button restores them", async ({ page }) => {
  await page.goto("/cities");
  await page.getByLabel("Programme").selectOption("CCEA");
  await page.getByLabel("Year").selectOption("2024");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/programme=CCEA/);
  await expect(page).toHaveURL(/year=2024/);
  await expect(page.getByText("4 designations match")).toBeVisible();
  const ishikawa = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: /Ishikawa Prefecture/ }) });
  await expect(ishikawa).toContainText("designated; programme cancelled");
  await expect(ishikawa).toContainText(/cancelled its 2024 programme after the Noto Peninsula earthquake/);
  await expect(page.getByRole("rowheader", { name: /Tartu/ })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/cities$/);
  await expect(page.getByLabel("Programme")).toHaveValue("");
  await expect(page.getByRole("rowheader", { name: /Tartu/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByLabel("Year")).toHaveValue("2024");
});

test("shows the pending 2026 proclamation of the East Asian cities", async ({ page }) => {
  await page.goto("/cities?programme=CCEA&year=2026");
  await expect(page.getByRole("rowheader")).toHaveCount(3);
  for (const row of await page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") })
    .all())
    await expect(row).toContainText("trilateral proclamation pending");
});

test("a designation links to its partnerships", async ({ page }) => {
  await page.goto("/cities?programme=ECOC&year=2019");
  const matera = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Matera" }) });
  await expect(matera).toContainText("Sample data");
  await matera.getByRole("link", { name: "with Xi'an 2019" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Matera 2019 – Xi'an 2019" })).toBeVisible();
  await page.goBack();
  await expect(
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Plovdiv" }) }),
  ).toContainText("None yet");
});

test("a city named on a project's page links to that city's titles", async ({ page }) => {
  await page.goto("/projects/sample-shared-stages-residency-matera-xi-an");
  await page.getByRole("link", { name: "Xi'an", exact: true }).click();
  await expect(page.getByText("The titles of Xi'an.")).toBeVisible();
  await expect(page.getByRole("rowheader")).toHaveText([/^Xi'an/]);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Show every city" }).click();
  await expect(page.getByRole("rowheader")).toHaveCount(129);
});
