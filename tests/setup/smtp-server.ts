import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string };

// A real SMTP server for tests, on a free port of this machine, handing each message
// it receives to `receive`; answers the SMTP_URL the portal sends to. While `refuse()`
// says so, a message is answered with a temporary failure (451), as a busy server does.
export async function startSmtpServer(
  receive: (mail: ReceivedMail) => void,
  refuse: () => boolean = () => false,
): Promise<string> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      if (refuse()) {
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          receive({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
          });
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
