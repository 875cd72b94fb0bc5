import { expect, expectAccessible, test } from "./fixtures";

test("the overview introduces the portal and passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Asia–Europe cultural cooperation");
  await expect(page.getByRole("heading", { name: "Latest projects" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent ASEM meetings" })).toBeVisible();
  await expectAccessible(page);
});

test("every link in the main navigation opens its section", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const targets = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
  expect(targets.length).toBeGreaterThan(3);
  for (const [index, href] of targets.entries()) {
    await links.nth(index).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
  }
});

test("an unknown address shows the not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found/);
  await expectAccessible(page);
});
