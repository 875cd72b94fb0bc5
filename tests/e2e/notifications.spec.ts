import fs from "node:fs";
import path from "node:path";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";
import { MAILBOX_DIR } from "./mail-server";

const RECOMMENDATION = "Simplify visas for touring artists";
const ENDORSER = "Ministry of Culture (sample record, Poland)";
const MESSAGE = `${ENDORSER} endorses your organisation's recommendation “${RECOMMENDATION}”.`;

// Subjects of the mail the test mail server has filed for this address.
function subjectsTo(address: string): string[] {
  if (!fs.existsSync(MAILBOX_DIR)) return [];
  return fs
    .readdirSync(MAILBOX_DIR)
    .map(
      (file) =>
        JSON.parse(fs.readFileSync(path.join(MAILBOX_DIR, file), "utf8")) as {
          to: string[];
          subject: string;
        },
    )
    .filter((mail) => mail.to.includes(address))
    .map((mail) => mail.subject);
}

test("a member sees the unread count, reads the notification of an endorsement and marks it read", async ({
  page,
}) => {
  await signIn(page, "ministry@demo.example.org", "ministry-demo-password");
  await page.goto(`/recommendations?q=${encodeURIComponent("visas touring")}`);
  await page.getByRole("link", { name: RECOMMENDATION }).click();
  const endorse = page.getByRole("button", { name: /Endorse on behalf of Ministry of Culture/ });
  const withdraw = page.getByRole("button", { name: "Withdraw our endorsement" });
  await expect(endorse.or(withdraw)).toBeVisible();
  if (await withdraw.isVisible()) {
    await withdraw.click();
    await expect(endorse).toBeVisible();
  }
  await endorse.click();
  await expect(withdraw).toBeVisible();
  await signOut(page);

  await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
  const account = page.getByRole("navigation", { name: "Account" });
  await account.getByRole("link", { name: /^Notifications \d+ unread$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: MESSAGE }).first();
  await expect(item).toContainText("Unread");
  await expectAccessible(page);
  await item.getByRole("button", { name: "Mark as read" }).click();
  await expect(page.getByText("Marked as read.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: MESSAGE }).first()).not.toContainText("Unread");

  const markAll = page.getByRole("button", { name: "Mark all as read" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(page.getByText("All your notifications are marked as read.")).toBeVisible();
  }
  await expect(account.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(page.getByText("Nothing unread.")).toBeVisible();

  // The server's worker mails it too, outside the request.
  await expect
    .poll(
      () => subjectsTo("ngo@demo.example.org").some((subject) => subject.startsWith(`${ENDORSER} endorses`)),
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member chooses a daily digest for endorsements, and the choice is kept", async ({ page }) => {
    await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
    await page
      .getByRole("navigation", { name: "Account" })
      .getByRole("link", { name: "Notifications" })
      .click();
    const endorsements = page.getByRole("group", { name: /Another organisation endorses/ });
    await endorsements.getByLabel("Daily digest e-mail").check();
    await page.getByRole("button", { name: "Save my choices" }).click();
    await expect(page.getByText("Your choices are saved.")).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole("group", { name: /Another organisation endorses/ }).getByLabel("Daily digest e-mail"),
    ).toBeChecked();
    await page
      .getByRole("group", { name: /Another organisation endorses/ })
      .getByLabel("E-mail at once")
      .check();
    await page.getByRole("button", { name: "Save my choices" }).click();
    await expect(page.getByText("Your choices are saved.")).toBeVisible();
    await signOut(page);
  });
});
