import { expect } from "vitest";
import { startSmtpServer, type ReceivedMail } from "./smtp-server";

// The integration tests' mailbox: the portal's mailer (lib/mail/send.ts) sends to a real
// SMTP server through SMTP_URL as it would to any server, and tests read what arrived.
// Started before any test imports lib/env.ts.
const state = globalThis as unknown as { mailbox?: { received: ReceivedMail[]; refusals: number } };

if (!state.mailbox) {
  const mailbox = { received: [] as ReceivedMail[], refusals: 0 };
  process.env.SMTP_URL = await startSmtpServer(
    (mail) => mailbox.received.push(mail),
    () => mailbox.refusals > 0 && mailbox.refusals-- > 0,
  );
  state.mailbox = mailbox;
}

// The server answers the next `count` messages with a temporary failure.
export function refuseNextMails(count: number) {
  state.mailbox!.refusals = count;
}

// Every message sent to this address so far, oldest first.
export function mailTo(address: string): ReceivedMail[] {
  return state.mailbox!.received.filter((mail) => mail.to.includes(address.toLowerCase()));
}

// The one message sent to this address whose subject matches, checked to carry its
// content both as text and as HTML.
export function onlyMailTo(address: string, subject: RegExp): ReceivedMail {
  const matching = mailTo(address).filter((mail) => subject.test(mail.subject));
  expect(matching, `mail to ${address} matching ${subject}`).toHaveLength(1);
  const [mail] = matching;
  expect(mail.html).toMatch(/<html/);
  return mail;
}

// The portal link in a message's text (the same one its HTML button carries).
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = mail.text.match(new RegExp(`https?://\\S+${path.replace(/[?]/g, "\\?")}\\S*`))?.[0];
  expect(link, `a ${path} link in "${mail.subject}"`).toBeTruthy();
  expect(mail.html).toContain(link!.replace(/&/g, "&amp;"));
  return link!;
}

// The token a link carries, as the page it opens reads it.
export const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
