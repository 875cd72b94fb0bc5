import { composeMail, mailTranslator, type Recipient } from "../compose";
import { publicUrl } from "@/lib/public-url";

// Notifications by mail: one at once, or the day's unread ones together. Each item's
// message was written in the recipient's language when it happened (lib/notifications).

type Item = { message: string; path: string };

export function notificationMail(person: Recipient, item: Item) {
  const t = mailTranslator(person);
  return composeMail(person, {
    subject: item.message.length > 90 ? `${item.message.slice(0, 89)}…` : item.message,
    paragraphs: [item.message],
    action: { label: t("notification.action"), url: publicUrl(item.path) },
    afterword: [
      t("notification.preferences"),
      t("notification.yourNotifications", { url: publicUrl("/notifications") }),
    ],
  });
}

export function digestMail(person: Recipient, items: Item[]) {
  const t = mailTranslator(person);
  const count = items.length;
  return composeMail(person, {
    subject: t("digest.subject", { count }),
    paragraphs: [
      t("digest.intro", { count }),
      ...items.map((item) => `• ${item.message} ${publicUrl(item.path)}`),
    ],
    action: { label: t("digest.action"), url: publicUrl("/notifications") },
    afterword: [t("notification.preferences")],
  });
}
