import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { chooseFilters, expectNothingMatches, openList, searchList } from "./lists";

// The seed's sample projects: three "Heritage Cities Toolkit" pairings, only one with Italy.
const materaJeju = /Heritage Cities Toolkit: Matera – Jeju/;
const tartuGimhae = /Heritage Cities Toolkit: Tartu – Gimhae/;

const results = (page: Page) => page.getByRole("main").getByRole("heading", { level: 2 });

test("lists published projects with their count, badges and an accessible form", async ({ page }) => {
  await openList(page, "/projects", "Cooperation projects", "projects");
  await expect(results(page)).toHaveCount(20);
  await expect(page.getByText("Sample data").first()).toBeVisible();
  await expect(
    page
      .getByRole("main")
      .getByText(/Led by/)
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
});

test("search and two filters live in the URL, and the back button restores them", async ({ page }) => {
  await page.goto("/projects");
  await searchList(page, "Search projects", "herit");
  await expect(page.getByRole("link", { name: materaJeju })).toBeVisible();
  await expect(page.getByRole("link", { name: tartuGimhae })).toBeVisible();
  // A search finds a project by its lead organisation's name too (Loire Heritage Trust), not others.
  await expect(page.getByRole("link", { name: /Living Architecture: Galway – Dunhuang/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Living Architecture: Nova Gorica – Kyoto/ })).toHaveCount(0);
  const searchCount = await page.getByText(/projects? match/).textContent();

  await chooseFilters(page, { Country: "country=IT", Discipline: "discipline=HERITAGE" });
  await expect(page.getByRole("link", { name: materaJeju })).toBeVisible();
  await expect(page.getByRole("link", { name: tartuGimhae })).toHaveCount(0);
  const count = Number((await page.getByText(/projects? match/).textContent())?.match(/\d+/)?.[0]);
  await expect(results(page)).toHaveCount(count);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=herit(&|$)/);
  await expect(page).not.toHaveURL(/country=IT/);
  await expect(page.getByLabel("Search projects")).toHaveValue("herit");
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("");
  await expect(page.getByText(/projects? match/)).toHaveText(searchCount!);
  await expect(page.getByRole("link", { name: tartuGimhae })).toBeVisible();

  await page.goForward();
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("IT");
  await expect(page.getByLabel("Discipline", { exact: true })).toHaveValue("HERITAGE");
});

test("a partly typed word still finds its projects", async ({ page }) => {
  await page.goto("/projects?q=festiva");
  await expect(page.getByRole("link", { name: /Festival Bridges network/ }).first()).toBeVisible();
});

test("a search with no match says so and offers to clear the filters", async ({ page }) => {
  await expectNothingMatches(page, "/projects?q=zzzznothing&discipline=FILM", "projects");
  await expect(results(page)).toHaveCount(20);
});

test("pages through the list and says when a page is past the end", async ({ page }) => {
  await page.goto("/projects?sort=endorsed");
  const firstOnPageOne = await results(page).first().textContent();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=endorsed/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await expect(results(page).first()).not.toHaveText(firstOnPageOne!);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).not.toHaveURL(/page=/);
  await expect(results(page).first()).toHaveText(firstOnPageOne!);

  await page.goto("/projects?page=99");
  await expect(page.getByText(/There is no page 99/)).toBeVisible();
  await page.getByRole("link", { name: "Go to the first page" }).click();
  await expect(results(page)).toHaveCount(20);
});

test("a project shows every detail, its endorsers and their balance", async ({ page }) => {
  await page.goto("/projects?q=open+frames");
  await page.getByRole("link", { name: /Open Frames film lab: Timișoara – Ishikawa Prefecture/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Open Frames film lab/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Description" })).toBeVisible();
  await expect(page.getByText("Lead organisation")).toBeVisible();
  await expect(page.getByRole("link", { name: "Romania" })).toHaveAttribute("href", "/countries/RO");
  await expect(page.getByText(/Timișoara \(Romania: ECoC 2023\)/)).toBeVisible();
  await expect(page.getByRole("link", { name: /ASEM Workshop on Enhancing ASEM Visibility/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Endorsements" })).toBeVisible();
  await expect(
    page.getByText(/\d+ organisations endorsed this entry: \d+ from Asia, \d+ from Europe\./),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Romania" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Romania" })).toBeVisible();
});

test("all of a project's endorsers are listed on a page of their own", async ({ page }) => {
  await page.goto("/projects?q=open+frames");
  await page.getByRole("link", { name: /Open Frames film lab: Timișoara – Ishikawa Prefecture/ }).click();
  const summary = await page.getByText(/^\d+ organisations endorsed this entry/).textContent();
  const count = Number(summary?.match(/^\d+/)?.[0]);
  const entryPath = new URL(page.url()).pathname;

  await page.goto(`${entryPath}/endorsements`);
  await expect(
    page.getByRole("heading", { level: 1, name: /^Endorsements of “Open Frames film lab/ }),
  ).toBeVisible();
  await expect(page.getByText(summary!)).toBeVisible();
  await expect(page.locator("main li")).toHaveCount(count);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the project" }).click();
  await expect(page).toHaveURL(entryPath);

  expect((await page.goto("/projects/no-such-project/endorsements"))?.status()).toBe(404);
});

test("a project in a city partnership links to it", async ({ page }) => {
  await page.goto("/projects/sample-shared-stages-residency-matera-xi-an");
  const partnership = page.getByRole("link", { name: /\d{4} – .+ \d{4}/ });
  await expect(partnership).toHaveAttribute("href", /^\/partnerships\//);
  await partnership.click();
  await expect(page.getByRole("heading", { name: "Status history" })).toBeVisible();
});

test("an unknown project is a 404", async ({ page }) => {
  const response = await page.goto("/projects/no-such-project");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
