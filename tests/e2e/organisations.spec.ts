import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { chooseFilters, openList, searchList } from "./lists";

const results = (page: Page) => page.getByRole("main").getByRole("heading", { level: 2 });

test("lists organisations with kind, country and badges", async ({ page }) => {
  await openList(page, "/organizations", "Organisations", "organisations");
  await expect(page.getByRole("link", { name: "Asia-Europe Foundation (ASEF)" })).toBeVisible();
  // ASEF leads its real programmes, taken from public sources.
  await expect(
    page.getByText(/^Intergovernmental organisation, Singapore · [1-9]\d* projects? led$/),
  ).toBeVisible();
  await expect(page.getByText("Sample data").first()).toBeVisible();
  await expectAccessible(page);
});

test("name search and filters live in the URL, and the back button restores them", async ({ page }) => {
  await page.goto("/organizations");
  await searchList(page, "Search by name", "foundat");
  await expect(page.getByRole("link", { name: "Asia-Europe Foundation (ASEF)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "European Cultural Foundation" })).toBeVisible();

  await chooseFilters(page, { Kind: "kind=INTERGOVERNMENTAL", Verification: "verification=VERIFIED" });
  await expect(page.getByRole("link", { name: "Asia-Europe Foundation (ASEF)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "European Cultural Foundation" })).toHaveCount(0);

  await page.goBack();
  await expect(page).not.toHaveURL(/kind=INTERGOVERNMENTAL/);
  await expect(page.getByLabel("Kind")).toHaveValue("");
  await expect(page.getByLabel("Search by name")).toHaveValue("foundat");
  await expect(page.getByRole("link", { name: "European Cultural Foundation" })).toBeVisible();
});

test("filters by country, pages, and says when nothing matches", async ({ page }) => {
  await page.goto("/organizations?country=SG");
  await expect(page.getByRole("link", { name: "Asia-Europe Foundation (ASEF)" })).toBeVisible();
  await expect(page.getByLabel("Country")).toHaveValue("SG");

  await page.goto("/organizations");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await expect(results(page).first()).toBeVisible();

  await page.goto("/organizations?q=zzzznothing");
  await expect(page.getByText("No organisations match these filters.")).toBeVisible();
});

test("ASEF shows its details, workshop and publication", async ({ page }) => {
  await page.goto("/organizations/asef");
  await expect(page.getByRole("heading", { level: 1, name: "Asia-Europe Foundation (ASEF)" })).toBeVisible();
  await expect(page.getByText("Verified").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Singapore" })).toHaveAttribute("href", "/countries/SG");
  await expect(page.getByRole("heading", { level: 2, name: "Named in publications" })).toBeVisible();
  await expect(page.getByText(/as publisher/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /ASEM Workshop on Enhancing ASEM Visibility/ }).click();
  await expect(page).toHaveURL(/\/workshops\/ha-long-2010$/);
});

test("a sample organisation links to the projects it leads and joins", async ({ page }) => {
  await page.goto("/organizations/sample-aegean-theatre-network");
  await expect(page.getByRole("heading", { level: 1, name: "Aegean Theatre Network" })).toBeVisible();
  await expect(page.getByText("Sample data").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Projects led \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Endorsements given \(\d+\)/ })).toBeVisible();
  await expectAccessible(page);
  const project = page
    .getByRole("main")
    .getByRole("link", { name: /Shared Stages residency/ })
    .first();
  await project.click();
  await expect(page.getByRole("heading", { level: 1, name: /Shared Stages residency/ })).toBeVisible();
});

test("an unknown organisation is a 404", async ({ page }) => {
  const response = await page.goto("/organizations/no-such-organisation");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
