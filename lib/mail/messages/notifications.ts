import { composeMail } from "../compose";
import { publicUrl } from "@/lib/public-url";

// Notifications by mail: one at once, or the day's unread ones together.

type Person = { name: string | null; email: string };
type Item = { message: string; path: string };

const greeting = (person: Person) => (person.name ? `Hello ${person.name},` : "Hello,");
const preferences =
  "You chose how each kind of notification reaches you; change it on your notifications page.";

export function notificationMail(person: Person, item: Item) {
  return composeMail(person.email, {
    subject: item.message.length > 90 ? `${item.message.slice(0, 89)}…` : item.message,
    greeting: greeting(person),
    paragraphs: [item.message],
    action: { label: "Open it on the portal", url: publicUrl(item.path) },
    afterword: [preferences, `Your notifications: ${publicUrl("/notifications")}`],
  });
}

export function digestMail(person: Person, items: Item[]) {
  const count = new Intl.PluralRules("en").select(items.length) === "one" ? "notification" : "notifications";
  return composeMail(person.email, {
    subject: `Your daily digest: ${items.length} unread ${count}`,
    greeting: greeting(person),
    paragraphs: [
      `Since your last digest, the ASEM Culture Portal has ${items.length} unread ${count} for you:`,
      ...items.map((item) => `• ${item.message} ${publicUrl(item.path)}`),
    ],
    action: { label: "Read them on the portal", url: publicUrl("/notifications") },
    afterword: [preferences],
  });
}
