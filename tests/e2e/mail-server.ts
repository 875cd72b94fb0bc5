import fs from "node:fs";
import path from "node:path";
import { startSmtpServer } from "../setup/smtp-server";

export const MAILBOX_DIR = path.resolve(".data", "e2e-mailbox");

// The browser tests' mail server: it files every message it receives as JSON in
// MAILBOX_DIR, where the specs read it (tests/e2e/mailbox.ts); answers its SMTP_URL.
export async function startTestMailServer(): Promise<string> {
  fs.rmSync(MAILBOX_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAILBOX_DIR, { recursive: true });
  let count = 0;
  return startSmtpServer((mail) => {
    const file = path.join(MAILBOX_DIR, `${String(++count).padStart(5, "0")}.json`);
    fs.writeFileSync(file, JSON.stringify(mail));
  });
}
