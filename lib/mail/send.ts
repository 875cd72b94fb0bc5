import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// A message as every template composes it: one recipient, a subject, and the same
// content as plain text and as HTML.
export type MailMessage = { to: string; subject: string; text: string; html: string };

let transport: Transporter | undefined;

// SMTP_URL sends through that server; without it (a newcomer's machine) nodemailer
// builds the message and sendMail() writes it to MAIL_DIR instead.
function mailTransport(): Transporter {
  return (transport ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }));
}

export async function sendMail(message: MailMessage): Promise<void> {
  const info = await mailTransport().sendMail({ from: env.MAIL_FROM, ...message });
  if (env.SMTP_URL) return;
  const file = await writeMailFile(info.message as Buffer, message.subject);
  const link = message.text.match(/https?:\/\/\S+/)?.[0];
  console.log(`Mail to ${message.to}: "${message.subject}" (${file})${link ? `\n  ${link}` : ""}`);
}

// Mail that could not be sent must not undo what the person just did: it is logged,
// and the caller tells them what to do (ask for the link again).
export async function trySendMail(message: MailMessage): Promise<boolean> {
  try {
    await sendMail(message);
    return true;
  } catch (error) {
    console.error(`Could not send "${message.subject}" to ${message.to}:`, error);
    return false;
  }
}

async function writeMailFile(raw: Buffer, subject: string): Promise<string> {
  await fs.mkdir(env.MAIL_DIR, { recursive: true });
  const slug = subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 50)
    .replace(/-$/, "");
  const file = path.join(env.MAIL_DIR, `${new Date().toISOString().replace(/[:.]/g, "-")}-${slug}.eml`);
  await fs.writeFile(file, raw);
  return file;
}
