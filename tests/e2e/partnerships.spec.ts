import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { chooseFilters, expectNothingMatches, openList } from "./lists";

// The seed's five sample pairings of real designations.
const matera = "Matera 2019 – Xi'an 2019";
const chemnitz = "Chemnitz 2025 – Kamakura 2025";
const kaunas = "Kaunas 2022 – Gyeongju 2022";
const galway = "Galway 2020 – Kitakyushu 2020";
const veszprem = "Veszprém 2023 – Chengdu 2023";

// Each result is a list item headed by its pairing (the map has a heading of its own).
const results = (page: Page) =>
  page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 });

test("lists the partnerships with both sides, status, areas and the sample badge", async ({ page }) => {
  await openList(page, "/partnerships", "City partnerships", "partnerships");
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: matera, exact: true }) });
  await expect(item).toContainText("Active");
  await expect(item).toContainText("Sample data");
  await expect(item).toContainText(
    "European Capital of Culture in Italy · Culture City of East Asia in China",
  );
  await expect(item).toContainText("Artist mobility, Co-creations, Branding");
  await expectAccessible(page);
});

test("status and country filters live in the URL, and the back button restores them", async ({ page }) => {
  await page.goto("/partnerships");
  await chooseFilters(page, { Status: "status=ACTIVE" });
  await expect(page.getByRole("link", { name: matera, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: chemnitz, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: kaunas, exact: true })).toHaveCount(0);
  const activeCount = await page.getByText(/partnerships? match/).textContent();

  // Japan is on the East Asian side of the Chemnitz pairing only.
  await chooseFilters(page, { Country: "country=JP" });
  await expect(page.getByRole("link", { name: chemnitz, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: matera, exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: galway, exact: true })).toHaveCount(0);

  await page.goBack();
  await expect(page).not.toHaveURL(/country=JP/);
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("ACTIVE");
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("");
  await expect(page.getByText(/partnerships? match/)).toHaveText(activeCount!);
  await expect(page.getByRole("link", { name: matera, exact: true })).toBeVisible();

  await page.goForward();
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("JP");
  await expect(results(page)).toHaveCount(1);
});

test("cooperation area and title year narrow the list", async ({ page }) => {
  await page.goto("/partnerships");
  await chooseFilters(page, { "Cooperation area": "area=BRANDING" });
  await expect(page.getByRole("link", { name: matera, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: veszprem, exact: true })).toHaveCount(0);

  await page.getByLabel("Cooperation area", { exact: true }).selectOption("");
  await chooseFilters(page, { "Title year": "year=2020" });
  await expect(page).not.toHaveURL(/area=BRANDING/);
  await expect(page.getByRole("link", { name: galway, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: matera, exact: true })).toHaveCount(0);
});

test("filters that match nothing say so and offer to clear them", async ({ page }) => {
  await expectNothingMatches(page, "/partnerships?status=CONCLUDED&country=IT", "partnerships");
  await expect(page.getByRole("link", { name: veszprem, exact: true })).toBeVisible();
});

test("a partnership shows both titles, its areas and its dated status history", async ({ page }) => {
  await page.goto("/partnerships?status=CONCLUDED");
  await page.getByRole("link", { name: veszprem, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: veszprem })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(veszprem));
  await expect(page.getByRole("main").getByText("Sample data").first()).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "European Capital of Culture: Veszprém 2023" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "Culture City of East Asia: Chengdu 2023" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Hungary" })).toHaveAttribute("href", "/countries/HU");
  await expect(page.getByRole("link", { name: "China" })).toHaveAttribute("href", "/countries/CN");
  await expect(page.getByText("Artist mobility, Cooperation projects")).toBeVisible();
  await expect(page.getByText("Creative sector, Rural development")).toBeVisible();
  await expect(page.getByText(/culture in rural development/)).toBeVisible();

  const history = page.getByRole("region", { name: "Status history" }).getByRole("listitem");
  await expect(history).toHaveCount(4);
  await expect(history.nth(0)).toContainText(/^\d{1,2} \w+ \d{4}: Proposed/);
  await expect(history.nth(1)).toContainText("Proposed → Exploring");
  await expect(history.nth(2)).toContainText("Exploring → Active");
  await expect(history.nth(3)).toContainText("Active → Concluded");
  await expect(page.getByRole("heading", { level: 2, name: "Linked projects" })).toBeVisible();
  await expectAccessible(page);
});

test("an unknown partnership is a 404", async ({ page }) => {
  const response = await page.goto("/partnerships/no-such-partnership");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
