import { expect, expectAccessible, test } from "./fixtures";

test("the overview introduces the portal and links every section", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Asia–Europe cultural cooperation");
  await expect(page.getByRole("heading", { name: "Latest projects" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent ASEM meetings" })).toBeVisible();
  await expectAccessible(page);

  const navigation = page.getByRole("navigation", { name: "Main" });
  await navigation.getByRole("link", { name: "Workshops" }).click();
  await expect(page).toHaveURL(/\/workshops$/);
  await expect(page.getByRole("heading", { level: 1, name: "ASEM workshops" })).toBeVisible();
});

test("an unknown address shows the not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});
