import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// A cached page asks for its viewer's account area after it is drawn (/api/viewer).
// When the answer comes, nothing on the page may move: a click aimed at a button
// must not land beside it.

async function headerHeightBeforeAndAfterTheViewer(page: Page, path: string, shownWhenAnswered: string) {
  let answer: () => void = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route(/\/api\/viewer(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  const header = page.getByRole("banner");
  const before = (await header.boundingBox())?.height;
  answer();
  await expect(
    page
      .getByRole("navigation", { name: "Account" })
      .getByRole("link", { name: shownWhenAnswered, exact: true }),
  ).toBeVisible();
  const after = (await header.boundingBox())?.height;
  await page.unroute(/\/api\/viewer(\?|$)/);
  return { before, after };
}

for (const width of [360, 1280]) {
  test(`at ${width} px the header keeps its height when a visitor's or a member's account area arrives`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const visitor = await headerHeightBeforeAndAfterTheViewer(page, "/organizations", "Sign in");
    expect(visitor.before).toBeGreaterThan(0);
    expect(visitor.after).toBe(visitor.before);

    await signIn(page, "admin@demo.example.org", "admin-demo-password");
    // The longest account area: a name, Admin, Notifications and Sign out.
    const admin = await headerHeightBeforeAndAfterTheViewer(page, "/projects", "Admin");
    expect(admin.after).toBe(visitor.before);
  });
}
