import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export const MAILBOX_DIR = path.resolve(".data", "e2e-mailbox");

// An SMTP server on a free port of this machine that files every message it receives
// as JSON in MAILBOX_DIR; answers the SMTP_URL to send to it.
export async function startTestMailServer(): Promise<string> {
  fs.rmSync(MAILBOX_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAILBOX_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const message = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          };
          const file = path.join(MAILBOX_DIR, `${String(++count).padStart(5, "0")}.json`);
          fs.writeFileSync(file, JSON.stringify(message));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("The test SMTP server has no port.");
  return `smtp://127.0.0.1:${address.port}`;
}
