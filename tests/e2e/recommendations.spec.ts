import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { chooseFilters, expectNothingMatches, searchList } from "./lists";

const networks = /Activate networks of cultural professionals/;
const results = (page: Page) => page.getByRole("main").getByRole("heading", { level: 2 });
const count = (page: Page) => page.getByText(/^\d+ recommendations? match(es)?$/);

test("lists published recommendations with their count and passes axe", async ({ page }) => {
  await page.goto("/recommendations");
  await expect(page.getByRole("heading", { level: 1, name: "Recommendations" })).toBeVisible();
  await expect(count(page)).toBeVisible();
  await expect(page.getByRole("link", { name: "Keep supporting Culture360.org" })).toBeVisible();
  await expect(page.getByText("Sample data").first()).toBeVisible();
  await expectAccessible(page);
});

test("a search by prefix and the filters live in the URL, and back restores them", async ({ page }) => {
  await page.goto("/recommendations");
  await searchList(page, "Search recommendations", "netw");
  await expect(page.getByRole("link", { name: networks })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Let NGOs and associations help build these networks/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Keep supporting Culture360.org" })).toHaveCount(0);
  const searchCount = await count(page).textContent();

  await chooseFilters(page, { "Addressed to": "audience=NGOS_AND_ASSOCIATIONS", Status: "status=FORWARDED" });
  await expect(page.getByRole("link", { name: /Let NGOs and associations/ })).toBeVisible();
  await expect(page.getByRole("link", { name: networks })).toBeVisible();
  await chooseFilters(page, { "Addressed to": "audience=ASEF" });
  await expect(page.getByText("0 recommendations match")).toBeVisible();

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=netw(&|$)/);
  await expect(page).not.toHaveURL(/audience=\w/);
  await expect(page.getByLabel("Search recommendations")).toHaveValue("netw");
  await expect(page.getByLabel("Addressed to")).toHaveValue("");
  await expect(count(page)).toHaveText(searchCount!);

  await page.goForward();
  await expect(page.getByLabel("Addressed to")).toHaveValue("NGOS_AND_ASSOCIATIONS");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("FORWARDED");
});

test("filters by status and by workshop", async ({ page }) => {
  await page.goto("/recommendations");
  await chooseFilters(page, { Status: "status=DECLINED" });
  await expect(
    page.getByRole("link", { name: "Replace ASEM cultural meetings with a permanent secretariat" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Keep supporting Culture360.org" })).toHaveCount(0);
  for (const item of await page.getByRole("main").getByRole("listitem").all())
    await expect(item).toContainText("Declined");

  await page.goto("/recommendations?workshop=ha-long-2010&status=FORWARDED");
  await expect(page.getByText("5 recommendations match")).toBeVisible();
  await expect(results(page)).toHaveCount(5);
});

test("finds a word typed past its stem", async ({ page }) => {
  await page.goto("/recommendations?q=facilitat");
  await expect(
    page.getByRole("link", { name: "Recognise ASEF as facilitator of Asia–Europe cultural interaction" }),
  ).toBeVisible();
});

test("a search with no match says so and offers to clear the filters", async ({ page }) => {
  await expectNothingMatches(page, "/recommendations?q=zzzznothing&audience=ASEF", "recommendations");
  await expect(page.getByLabel("Search recommendations")).toHaveValue("");
  await expect(results(page).first()).toBeVisible();
});

test("a real recommendation shows its text, meeting and status history in order", async ({ page }) => {
  await page.goto("/recommendations?q=culture360");
  await page.getByRole("link", { name: "Keep supporting Culture360.org" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keep supporting Culture360.org" })).toBeVisible();
  await expect(page).toHaveTitle(/Keep supporting Culture360\.org/);
  await expect(page.getByText(/continue to support the online platform Culture360\.org/)).toBeVisible();
  await expect(
    page.getByRole("link", { name: /ASEM Workshop on Enhancing ASEM Visibility/ }),
  ).toHaveAttribute("href", "/workshops/ha-long-2010");
  await expect(page.getByText("ASEM governments, Asia-Europe Foundation (ASEF)")).toBeVisible();
  await expect(page.getByText("ASEM8 (ASEM Summit), Brussels, 4 – 5 October 2010")).toBeVisible();

  const history = page.getByRole("region", { name: "Status history" }).getByRole("listitem");
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText("29 April 2010: Submitted");
  await expect(history.nth(0)).toContainText("Adopted by the workshop participants, Ha Long City");
  await expect(history.nth(1)).toContainText(
    "9 September 2010: Submitted → Forwarded to a meeting (4th ASEM Culture Ministers' Meeting, Poznań)",
  );
  await expect(history.nth(2)).toContainText("4 October 2010: Forwarded to a meeting (ASEM8, Brussels)");
  await expect(page.getByText("No organisation has endorsed this entry yet.")).toBeVisible();
  await expectAccessible(page);
});

test("a sample recommendation shows its submitter, endorsers and their balance", async ({ page }) => {
  await page.goto("/recommendations?q=secretariat");
  await page
    .getByRole("link", { name: "Replace ASEM cultural meetings with a permanent secretariat" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /permanent secretariat/ })).toBeVisible();
  await expect(page.getByRole("main").getByText("Sample data").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Rhine Culture Exchange" }).first()).toHaveAttribute(
    "href",
    "/organizations/sample-rhine-culture-exchange",
  );
  await expect(
    page.getByText(/^\d+ organisations endorsed this entry: \d+ from Asia, \d+ from Europe\.$/),
  ).toBeVisible();
  await expect(page.getByText(/Ministry of culture, Poland/)).toBeVisible();
  const history = page.getByRole("region", { name: "Status history" }).getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(history.nth(1)).toContainText("Submitted → Declined");
  await expectAccessible(page);

  // All its endorsers, on a page of their own.
  await page.goto(`${new URL(page.url()).pathname}/endorsements`);
  await expect(page.getByRole("heading", { level: 1, name: /^Endorsements of “Replace ASEM/ })).toBeVisible();
  await expect(page.getByText(/Ministry of culture, Poland/)).toBeVisible();
  await page.getByRole("link", { name: "Back to the recommendation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /permanent secretariat/ })).toBeVisible();
});

test("an unknown recommendation is a 404", async ({ page }) => {
  const response = await page.goto("/recommendations/no-such-recommendation");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
