import { describe, expect, it } from "vitest";
import { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { digestMail, notificationMail } from "@/lib/mail/messages/notifications";
import { deliveryLabels, notificationKinds } from "@/lib/notifications/kinds";
import { NotificationPreferencesSchema } from "@/lib/validations/notification";
import { translatedFieldErrors } from "@/lib/validations/translate";
import { validationTranslator } from "@/tests/setup/intl";

const person = { name: "Lan", email: "lan@example.org" };

describe("notification kinds and preferences", () => {
  it("label every kind and every delivery once", () => {
    expect(notificationKinds.map(({ kind }) => kind).sort()).toEqual(Object.values(NotificationKind).sort());
    expect(Object.keys(deliveryLabels).sort()).toEqual(Object.values(NotificationDelivery).sort());
  });

  it("need a choice for every kind, among the deliveries", () => {
    const all = Object.fromEntries(Object.values(NotificationKind).map((kind) => [kind, "DIGEST"]));
    expect(NotificationPreferencesSchema.safeParse(all).success).toBe(true);
    const missing = NotificationPreferencesSchema.safeParse({ ...all, ENTRY_HIDDEN: undefined });
    expect(translatedFieldErrors(missing.error!, validationTranslator("en"))).toEqual({
      ENTRY_HIDDEN: ["Choose how this kind reaches you."],
    });
  });
});

describe("notification mail", () => {
  it("says what happened with a link to it, as text and as HTML", () => {
    const mail = notificationMail(person, {
      message: "A & B endorses your project “X”.",
      path: "/projects/x",
    });
    expect(mail.subject).toBe("A & B endorses your project “X”.");
    expect(mail.text).toContain("Open it on the portal:\nhttp://localhost:3000/projects/x");
    expect(mail.html).toContain("A &#38; B endorses");
  });

  it("shortens a long subject", () => {
    const mail = notificationMail(person, { message: "x".repeat(200), path: "/" });
    expect(mail.subject).toHaveLength(90);
  });

  it("counts a digest's items in words that agree with the number", () => {
    const one = digestMail(person, [{ message: "One thing.", path: "/a" }]);
    expect(one.subject).toBe("Your daily digest: 1 unread notification");
    const two = digestMail(person, [
      { message: "One thing.", path: "/a" },
      { message: "Another.", path: "/b" },
    ]);
    expect(two.subject).toBe("Your daily digest: 2 unread notifications");
    expect(two.text).toContain("• Another. http://localhost:3000/b");
  });
});
