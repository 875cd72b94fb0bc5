import { expect, expectAccessible, test } from "./fixtures";

test("the overview says what the portal is, with its figures, and passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/ASEM Culture Portal/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Asia–Europe cultural cooperation, in one place",
  );
  await expect(page.getByText(/follows the ASEM workshops on culture and the recommendations/)).toBeVisible();
  await expect(page.getByRole("link", { name: "53 ASEM partners" })).toHaveAttribute("href", "/countries");
  await expect(page.getByRole("link", { name: "129 ECoC and CCEA designations" })).toHaveAttribute(
    "href",
    "/cities",
  );
  for (const figure of [
    /^\d+ published cooperation projects$/,
    /^\d+ organisations$/,
    /^\d+ recommendations$/,
    /^\d+ city partnerships$/,
    /^\d+ documented city links$/,
  ])
    await expect(page.getByRole("link", { name: figure })).toBeVisible();
  await expect(page.getByText(/^\d+ of the \d+ projects are real: taken from public sources/)).toBeVisible();
  await expectAccessible(page);
});

test("the overview shows the latest projects, partnerships and meetings", async ({ page }) => {
  await page.goto("/");
  const projects = page.getByRole("region", { name: "Latest projects" });
  await expect(projects.getByRole("heading", { level: 3 })).toHaveCount(5);
  // The newest are the real programmes and projects taken from public sources.
  await expect(projects.getByText("From public sources").first()).toBeVisible();

  const partnerships = page.getByRole("region", { name: "Latest city partnerships" });
  await expect(partnerships.getByRole("heading", { level: 3 })).toHaveCount(4);
  // The seed's newest pairing; the admin spec, running alongside, may add a newer one.
  await expect(
    partnerships.getByRole("heading", { level: 3, name: "Chemnitz 2025 – Kamakura 2025" }),
  ).toBeVisible();

  const meetings = page.getByRole("region", { name: "Recent ASEM meetings" }).getByRole("listitem");
  await expect(meetings).toHaveCount(4);
  await expect(meetings.first()).toContainText("ASEM13 (ASEM Summit), Phnom Penh, Cambodia");
  await expect(meetings.nth(2)).toContainText("8th ASEM Culture Ministers' Meeting, Sofia, Bulgaria");
});

test("the overview leads to each section", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "129 ECoC and CCEA designations" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Culture capitals and culture cities" }),
  ).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: "Chemnitz 2025 – Kamakura 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chemnitz 2025 – Kamakura 2025" })).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: "All summits and culture ministers' meetings" }).click();
  await expect(page).toHaveURL(/\/about#meetings$/);
  await expect(
    page.getByRole("heading", { level: 2, name: /ASEM summits and culture ministers/ }),
  ).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: "Where the data comes from" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About the data" })).toBeVisible();
});

test("the about page lists the source documents, datasets and what sample data is", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1, name: "About the data" })).toBeVisible();
  await expect(page.getByRole("main").getByText(/Entries marked Sample data are illustrative/)).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Experts call for a more comprehensive and integrated approach/ }),
  ).toHaveAttribute("href", /asef\.org/);
  await expect(
    page.getByRole("heading", {
      level: 3,
      name: "Cooperation between European Capitals of Culture and Culture Cities of East Asia",
    }),
  ).toBeVisible();
  for (const dataset of [
    "ASEM partners",
    "ASEM summits and Culture Ministers' Meetings",
    "European Capitals of Culture",
    "Culture Cities of East Asia",
  ])
    await expect(page.getByRole("heading", { level: 3, name: dataset, exact: true })).toBeVisible();
  await expect(page.getByText(/Designated European Capitals of Culture/).first()).toBeVisible();
  await expect(page.getByText(/ASEM13 \(ASEM Summit\), Phnom Penh/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "The workshop it reports on" }).click();
  await expect(page).toHaveURL(/\/workshops\/ha-long-2010$/);
});
