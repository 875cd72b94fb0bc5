import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { MAILBOX_DIR } from "./mail-server";

type Mail = { to: string[]; subject: string; text: string };

function mailTo(address: string): Mail[] {
  if (!fs.existsSync(MAILBOX_DIR)) return [];
  return fs
    .readdirSync(MAILBOX_DIR)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(MAILBOX_DIR, file), "utf8")) as Mail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

// The link to `path` in the newest mail to this address whose subject matches, once it has arrived.
export async function linkInMail(address: string, subject: RegExp, linkPath: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const mail = mailTo(address)
        .filter((message) => subject.test(message.subject))
        .at(-1);
      link = mail?.text.match(new RegExp(`https?://\\S+${linkPath.replace(/[?]/g, "\\?")}\\S*`))?.[0];
      return link;
    })
    .toBeTruthy();
  return link!;
}
