import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

// The five list pages' shared controls, used as a visitor uses them.

async function applyFilters(page: Page) {
  await page.getByRole("button", { name: "Apply filters" }).click();
}

// A list page with its heading and its count of matches ("12 projects match").
export async function openList(page: Page, path: string, heading: string, noun: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.getByText(new RegExp(`^\\d+ ${noun} match$`))).toBeVisible();
}

// Types words into the list's search box and applies them: the search is in the URL.
export async function searchList(page: Page, box: string, words: string) {
  await page.getByLabel(box).fill(words);
  await applyFilters(page);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${words}(&|$)`));
}

// Filters that match nothing say so and offer to clear them, back to the whole list.
export async function expectNothingMatches(page: Page, path: string, noun: string) {
  await page.goto(path);
  await expect(page.getByText(`0 ${noun} match`)).toBeVisible();
  await expect(page.getByText(`No ${noun} match these filters.`)).toBeVisible();
  await page.getByRole("link", { name: "clear all filters" }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(path, "http://x").pathname}$`));
}

// Sets the list's filter menus, by label, and applies them: each choice is then in the URL
// as its parameter ({ Country: "country=IT" }).
export async function chooseFilters(page: Page, choices: Record<string, string>) {
  for (const [label, query] of Object.entries(choices))
    await page.getByLabel(label, { exact: true }).selectOption(query.split("=")[1]);
  await applyFilters(page);
  for (const query of Object.values(choices)) await expect(page).toHaveURL(new RegExp(`[?&]${query}(&|$)`));
}
