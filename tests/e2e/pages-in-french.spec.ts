import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The interface's words of a page, in French: every heading the page itself writes (not an
// entry's title) differs from the English page's, and says what the French messages say.
const french = (namespace: string) =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", "fr", `${namespace}.json`), "utf8"));

const headings = (page: Page, selector: string) =>
  page
    .locator(`main ${selector}`)
    .evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim() ?? ""));

for (const { path: address, selector } of [
  { path: "/", selector: "h1, h2" },
  { path: "/about", selector: "h1, h2" },
  { path: "/meetings", selector: "h1, h2" },
  { path: "/developers", selector: "h1, h2" },
  { path: "/workshops", selector: "h1" },
]) {
  test(`${address} in French keeps no English heading`, async ({ page }) => {
    await page.goto(address);
    const english = await headings(page, selector);
    await page.goto(`/fr${address === "/" ? "" : address}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const translated = await headings(page, selector);
    expect(translated).toHaveLength(english.length);
    translated.forEach((heading, index) => {
      expect(heading, `heading ${index + 1} of /fr${address}`).not.toBe(english[index]);
      expect(heading).not.toBe("");
    });
  });
}

test("the workshops page and a workshop read in French, their content as written", async ({ page }) => {
  const workshops = french("workshops");
  await page.goto("/fr/workshops");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(workshops.index.title);
  await expect(page).toHaveTitle(new RegExp(`^${workshops.index.title}`));
  const title = "ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities";
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/fr\/workshops\/ha-long-2010$/);
  // The entry's title stays as written; the page's own words are French.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: workshops.workshop.meetings })).toBeVisible();
  await expect(page.getByText("100 participants", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Les dates et le lieu : 2 sources divergent" }),
  ).toBeVisible();
});
