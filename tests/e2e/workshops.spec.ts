import { expect, expectAccessible, test } from "./fixtures";

const title = "ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities";
const realRecommendations = [
  "Coordinate culture, education and foreign-affairs ministries",
  "Activate networks of cultural professionals and build new ones, especially in Asia",
  "Let NGOs and associations help build these networks",
  "Recognise ASEF as facilitator of Asia–Europe cultural interaction",
  "Keep supporting Culture360.org",
];

test("lists the workshops with place, dates, organisers and recommendations", async ({ page }) => {
  await page.goto("/workshops");
  await expect(page.getByRole("heading", { level: 1, name: "ASEM workshops" })).toBeVisible();
  const workshop = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(workshop).toContainText("Ha Long City, Quang Ninh Province, Vietnam");
  await expect(workshop).toContainText("28 – 29 April 2010");
  await expect(workshop).toContainText("Organised by Vietnam, Hungary and Asia-Europe Foundation (ASEF)");
  await expect(workshop).toContainText(/\d+ recommendations/);
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/workshops\/ha-long-2010$/);
});

test("the Ha Long workshop shows its facts, meetings and recommendations", async ({ page }) => {
  await page.goto("/workshops/ha-long-2010");
  await expect(page).toHaveTitle(new RegExp(title));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Vietnam" }).first()).toHaveAttribute("href", "/countries/VN");
  await expect(main.getByRole("link", { name: "Hungary" })).toHaveAttribute("href", "/countries/HU");
  await expect(main.getByRole("link", { name: "Asia-Europe Foundation (ASEF)" }).first()).toHaveAttribute(
    "href",
    "/organizations/asef",
  );
  await expect(main.getByText("100 participants", { exact: true })).toBeVisible();
  await expect(main.getByText(/Over 100 participants from ASEM countries/)).toBeVisible();
  await expect(main.getByRole("link", { name: /^ASEF press release/ })).toHaveAttribute("href", /asef\.org/);

  const meetings = page.getByRole("region", { name: "Meetings its recommendations went to" });
  await expect(meetings.getByRole("listitem")).toHaveCount(2);
  await expect(meetings.getByRole("listitem").first()).toContainText(
    "4th ASEM Culture Ministers' Meeting, Poznań, Poland, 9 – 10 September 2010",
  );
  await expect(meetings.getByRole("listitem").nth(1)).toContainText(
    "ASEM8 (ASEM Summit), Brussels, Belgium, 4 – 5 October 2010",
  );

  const recommendations = page.getByRole("region", { name: /^Recommendations/ });
  const titles = recommendations.getByRole("heading", { level: 3 });
  await expect(titles.first()).toBeVisible();
  expect((await titles.allTextContents()).slice(0, 5)).toEqual(realRecommendations);
  const culture360 = recommendations
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Keep supporting Culture360.org" }) });
  await expect(culture360).toContainText("Forwarded to a meeting");
  await expect(culture360).toContainText("Submitted by Workshop participants");
  await expect(culture360).toContainText("Addressed to ASEM governments, Asia-Europe Foundation (ASEF)");
  await expect(culture360).toContainText("0 endorsements");
  await expect(culture360.getByText("Sample data")).toHaveCount(0);
  await expect(recommendations.getByText("Sample data").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Keep supporting Culture360.org" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keep supporting Culture360.org" })).toBeVisible();
});

test("a workshop's recommendations open in the filtered list", async ({ page }) => {
  await page.goto("/workshops/ha-long-2010");
  await page.getByRole("link", { name: "Search and filter this workshop's recommendations" }).click();
  await expect(page).toHaveURL(/\/recommendations\?workshop=ha-long-2010$/);
  await expect(page.getByLabel("Workshop")).toHaveValue("ha-long-2010");
  await expect(page.getByRole("link", { name: "Keep supporting Culture360.org" })).toBeVisible();
});

test("an unknown workshop is a 404", async ({ page }) => {
  const response = await page.goto("/workshops/no-such-workshop");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
