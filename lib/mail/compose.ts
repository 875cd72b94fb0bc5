import { isLocale } from "@/lib/languages";
import { translatorFor } from "@/lib/translator";
import type { Locale } from "@/i18n/routing";
import type { MailMessage } from "./send";

// Whom a mail goes to, and the language they chose for the portal's mail (User.locale).
export type Recipient = { email: string; name: string | null; locale?: string | null };

// What a message says, once: composeMail() writes it as plain text and as HTML.
export type MailContent = {
  subject: string;
  paragraphs: string[];
  // The one thing to do, as a button in HTML and a bare link in text.
  action?: { label: string; url: string };
  // After the action: how long a link lasts, what to do if it was not you.
  afterword?: string[];
};

// A stored locale the portal no longer offers reads as English.
export const localeOf = (recipient: Recipient): Locale =>
  isLocale(recipient.locale) ? recipient.locale : "en";

// The mail namespace in the recipient's language: the mail functions write their words with it.
export const mailTranslator = (recipient: Recipient) => translatorFor(localeOf(recipient), "mail");

// A mail whose every part is a message under `key` of the mail namespace: its subject,
// the paragraphs and afterword named, and the label of the action that links to `url`.
export function mailFromMessages(
  to: Recipient,
  key: string,
  { paragraphs, afterword = [], url, values }: MailParts,
): MailMessage {
  const t = mailTranslator(to);
  const say = (part: string) => t(`${key}.${part}`, values);
  return composeMail(to, {
    subject: say("subject"),
    paragraphs: paragraphs.map(say),
    action: { label: say("action"), url },
    afterword: afterword.map(say),
  });
}

type MailParts = { paragraphs: string[]; afterword?: string[]; url: string; values?: Record<string, string> };

export function composeMail(recipient: Recipient, content: MailContent): MailMessage {
  const t = mailTranslator(recipient);
  const parts = {
    ...content,
    lang: localeOf(recipient),
    greeting: recipient.name ? t("hello", { name: recipient.name }) : t("helloNoName"),
    signature: t("signature"),
    buttonFallback: content.action ? t("buttonFallback", { url: content.action.url }) : "",
  };
  return { to: recipient.email, subject: content.subject, text: textOf(parts), html: htmlOf(parts) };
}

type Parts = MailContent & { lang: string; greeting: string; signature: string; buttonFallback: string };

function textOf({ greeting, paragraphs, action, afterword = [], signature }: Parts): string {
  const blocks = [greeting, ...paragraphs];
  if (action) blocks.push(`${action.label}:\n${action.url}`);
  return [...blocks, ...afterword, `— ${signature}`].join("\n\n") + "\n";
}

function htmlOf(parts: Parts): string {
  const { lang, subject, greeting, paragraphs, action, afterword = [], signature, buttonFallback } = parts;
  const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4f91;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
      paragraph(buttonFallback)
    : "";
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#111;max-width:36rem;margin:0 auto;padding:24px">
${[greeting, ...paragraphs].map(paragraph).join("\n")}
${button}
${afterword.map(paragraph).join("\n")}
<p style="margin:24px 0 0;color:#444">— ${escapeHtml(signature)}</p>
</body></html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
