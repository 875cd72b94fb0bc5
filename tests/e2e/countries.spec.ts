import { expect, expectAccessible, test } from "./fixtures";

test("lists the 53 ASEM partners by region with project counts", async ({ page }) => {
  // axe reads the map's marks too: several seconds on a busy 2-core machine.
  test.slow();
  await page.goto("/countries");
  await expect(page.getByRole("heading", { level: 1, name: "ASEM partners" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Asia (22)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Europe (31)" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "European Union" })).toBeVisible();
  await expect(
    page.getByRole("row", { name: /ASEAN Secretariat ASEAN Organisation 2008 Yes/ }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /Croatia HR State 2014 No/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Serbia", exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("a partner's project count leads to the project list filtered by it", async ({ page }) => {
  await page.goto("/countries");
  const link = page.getByRole("link", { name: /\d+ projects? involving China/ });
  const count = (await link.textContent())?.match(/\d+/)?.[0];
  await link.click();
  await expect(page).toHaveURL(/\/projects\?country=CN$/);
  await expect(page.getByLabel("Country")).toHaveValue("CN");
  await expect(page.getByText(new RegExp(`^${count} projects? match`))).toBeVisible();
});

test("Poland shows its meeting, culture capitals, projects and organisations", async ({ page }) => {
  await page.goto("/countries");
  await page.getByRole("link", { name: "Poland", exact: true }).click();
  await expect(page).toHaveURL(/\/countries\/PL$/);
  await expect(page.getByRole("heading", { level: 1, name: "Poland" })).toBeVisible();
  await expect(page.getByText("ASEM partner in the Europe group since 2004.")).toBeVisible();
  await expect(page.getByText(/4th ASEM Culture Ministers' Meeting, Poznań/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Lublin: ECoC 2029 (selected)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Projects \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Organisations based here/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /projects? involving Poland/ }).click();
  await expect(page).toHaveURL(/\/projects\?country=PL$/);
});

test("a code in lower case finds Vietnam, host of the Ha Long workshop", async ({ page }) => {
  await page.goto("/countries/vn");
  await expect(page.getByRole("heading", { level: 1, name: "Vietnam" })).toBeVisible();
  await expect(page.getByText(/ASEM5 \(ASEM Summit\), Hanoi/)).toBeVisible();
  await expect(page.getByRole("link", { name: /ASEM Workshop on Enhancing ASEM Visibility/ })).toBeVisible();
  await expectAccessible(page);
});

test("a host of a European Capital of Culture outside ASEM has its page", async ({ page }) => {
  await page.goto("/countries/RS");
  await expect(page.getByRole("heading", { level: 1, name: "Serbia" })).toBeVisible();
  await expect(page.getByText(/not an ASEM partner/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Novi Sad: ECoC 2022 (held)" })).toBeVisible();
});

test("an unknown country is a 404", async ({ page }) => {
  const response = await page.goto("/countries/zz");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
