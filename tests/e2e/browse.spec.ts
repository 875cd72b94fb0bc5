import { expect, expectAccessible, test } from "./fixtures";
import { chooseFilters, searchList } from "./lists";

const pages = [
  ["/workshops", "ASEM workshops"],
  ["/workshops/ha-long-2010", "ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities"],
  ["/recommendations", "Recommendations"],
  ["/partnerships", "City partnerships"],
  ["/cities", "Culture capitals and culture cities"],
  ["/organizations", "Organisations"],
  ["/organizations/asef", "Asia-Europe Foundation (ASEF)"],
  ["/countries", "ASEM partners"],
  ["/countries/vn", "Vietnam"],
  ["/about", "About the data"],
] as const;

for (const [path, heading] of pages) {
  test(`${path} shows its heading and passes axe`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  });
}

test("the Ha Long workshop lists its recommendations and the meetings they went to", async ({ page }) => {
  await page.goto("/workshops/ha-long-2010");
  await expect(page.getByText(/ASEM8.*Brussels/).first()).toBeVisible();
  await expect(page.getByText(/4th ASEM Culture Ministers' Meeting.*Poznan/).first()).toBeVisible();
  await page.getByRole("link", { name: "Keep supporting Culture360.org" }).click();
  await expect(page.getByRole("heading", { name: "Status history" })).toBeVisible();
  await expect(page.getByText("Adopted by the workshop participants, Ha Long City")).toBeVisible();
  await expectAccessible(page);
});

test("recommendations can be searched and filtered, and back restores", async ({ page }) => {
  await page.goto("/recommendations");
  await searchList(page, "Search recommendations", "network");
  await expect(page.getByRole("link", { name: /Activate networks of cultural professionals/ })).toBeVisible();
  await chooseFilters(page, { "Addressed to": "audience=ASEF" });
  await expect(page.getByRole("link", { name: /Activate networks/ })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole("link", { name: /Activate networks of cultural professionals/ })).toBeVisible();
});

test("partnerships filter by status and open with their timeline", async ({ page }) => {
  await page.goto("/partnerships");
  await chooseFilters(page, { Status: "status=ACTIVE" });
  await expect(page.getByRole("link", { name: "Matera 2019 – Xi'an 2019", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Kaunas 2022/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Matera 2019 – Xi'an 2019", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Status history" })).toBeVisible();
  await expectAccessible(page);
});

test("cities filter by programme and year", async ({ page }) => {
  await page.goto("/cities?programme=CCEA&year=2024");
  await expect(page.getByRole("rowheader", { name: /Ishikawa Prefecture/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Tartu/ })).toHaveCount(0);
});

for (const path of [
  "/workshops/nope",
  "/recommendations/nope",
  "/partnerships/nope",
  "/organizations/nope",
  "/countries/zz",
]) {
  test(`${path} is a 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
}
