import type { MailMessage } from "./send";

// What a message says, once: composeMail() writes it as plain text and as HTML.
export type MailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  // The one thing to do, as a button in HTML and a bare link in text.
  action?: { label: string; url: string };
  // After the action: how long a link lasts, what to do if it was not you.
  afterword?: string[];
};

const SIGNATURE = "The ASEM Culture Portal";

export function composeMail(to: string, content: MailContent): MailMessage {
  return { to, subject: content.subject, text: textOf(content), html: htmlOf(content) };
}

function textOf({ greeting, paragraphs, action, afterword = [] }: MailContent): string {
  const blocks = [greeting, ...paragraphs];
  if (action) blocks.push(`${action.label}:\n${action.url}`);
  return [...blocks, ...afterword, `— ${SIGNATURE}`].join("\n\n") + "\n";
}

function htmlOf({ subject, greeting, paragraphs, action, afterword = [] }: MailContent): string {
  const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4f91;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
      paragraph(`If the button does not work, open this address: ${action.url}`)
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#111;max-width:36rem;margin:0 auto;padding:24px">
${[greeting, ...paragraphs].map(paragraph).join("\n")}
${button}
${afterword.map(paragraph).join("\n")}
<p style="margin:24px 0 0;color:#444">— ${SIGNATURE}</p>
</body></html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
