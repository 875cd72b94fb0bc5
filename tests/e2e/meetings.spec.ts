import { expect, expectAccessible, test } from "./fixtures";

test("the workshop leads to the Poznan meeting, which shows every date claim with its source", async ({
  page,
}) => {
  await page.goto("/workshops/ha-long-2010");
  const claims = page.getByRole("region", { name: "What the sources say" });
  await expect(
    claims.getByRole("heading", { name: "The dates and place: 2 sources disagree" }),
  ).toBeVisible();
  await expect(claims).toContainText("27–29 April 2010, “in Hanoi” — source: culture360's page");
  await expect(claims.getByRole("heading", { name: "The organisers: 2 sources disagree" })).toBeVisible();

  const meetings = page.getByRole("region", { name: "Meetings its recommendations went to" });
  await expect(meetings).toContainText("sources give 5 different dates");
  await meetings.getByRole("link", { name: /4th ASEM Culture Ministers' Meeting/ }).click();
  await expect(page).toHaveURL(/\/meetings\/cmm4$/);
  await expect(
    page.getByRole("heading", { level: 1, name: /4th ASEM Culture Ministers' Meeting/ }),
  ).toBeVisible();
  const dates = page.getByRole("region", { name: "What the sources say" });
  await expect(dates.getByRole("heading", { name: "The dates: 5 sources disagree" })).toBeVisible();
  for (const claim of [
    "7–9 September 2010",
    "8–10 September 2010",
    "9–10 September 2010",
    "8–11 September 2010",
  ])
    await expect(dates.getByText(claim, { exact: true })).toBeVisible();
  await expect(dates).toContainText(
    "ended Friday 10 September 2010 — source: Rzeczpospolita, 13 September 2010",
  );
  await expect(
    page.getByRole("link", {
      name: "ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities",
    }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Keep supporting Culture360.org" })).toBeVisible();
  await expectAccessible(page);
});

test("/meetings lists the culture ministers' meetings and the summits, each with a page", async ({
  page,
}) => {
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "ASEM meetings" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Culture Ministers' Meetings (8)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Summits (13)" })).toBeVisible();
  await page.getByRole("link", { name: /^ASEM8/ }).click();
  await expect(page).toHaveURL(/\/meetings\/asem8$/);
  await expect(page.getByText("Workshops that reported to it")).toBeVisible();
  await expectAccessible(page);
});

test("/partnerships shows the documented links apart from the pairings, each with its sources", async ({
  page,
}) => {
  await page.goto("/partnerships");
  const documented = page.getByRole("region", { name: "Documented links" });
  const paphos = documented
    .getByRole("listitem")
    .filter({ hasText: "Declaration of intent to twin, 2023-11-13" });
  await expect(paphos).toContainText("Pafos (“Paphos” in the source), Cyprus, ECoC 2017");
  await expect(paphos.getByRole("link", { name: /cyprus-mail\.com/ })).toHaveAttribute(
    "href",
    /^https:\/\/cyprus-mail\.com\//,
  );
  await expect(paphos).toContainText("High confidence");
  await expect(page.getByRole("link", { name: "Documented link Pafos – Xi'an" })).toBeVisible();
  await expectAccessible(page);
});
