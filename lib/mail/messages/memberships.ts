import { composeMail, mailFromMessages, mailTranslator, type Recipient } from "../compose";
import { publicUrl } from "@/lib/public-url";

// What managers and the people who ask to join an organisation are told, each in
// their own language.

export function joinRequestMail(
  manager: Recipient,
  requester: Recipient,
  organisation: { id: string; name: string },
  { toAdmin = false } = {},
) {
  const t = mailTranslator(manager);
  const values = { organisation: organisation.name, email: requester.email };
  return composeMail(manager, {
    subject: t("joinRequest.subject", { ...values, requester: requester.name ?? requester.email }),
    paragraphs: [
      t("joinRequest.body", { ...values, requester: requester.name ?? t("joinRequest.someone") }),
      toAdmin ? t("joinRequest.toAdmin", values) : t("joinRequest.toManager"),
    ],
    action: {
      label: t("joinRequest.action"),
      url: publicUrl(toAdmin ? `/admin/organizations/${organisation.id}` : "/account#membership-requests"),
    },
  });
}

export function membershipApprovedMail(to: Recipient, organisationName: string) {
  const values = { organisation: organisationName };
  return mailFromMessages(to, "membershipApproved", {
    paragraphs: ["body"],
    url: publicUrl("/account"),
    values,
  });
}

// A request declined, or a membership ended: why, and that the person may ask elsewhere.
export function membershipDeclinedMail(to: Recipient, organisationName: string, reason: string) {
  return membershipClosedMail(to, "membershipDeclined", organisationName, reason);
}

export function membershipEndedMail(to: Recipient, organisationName: string, reason: string) {
  return membershipClosedMail(to, "membershipEnded", organisationName, reason);
}

function membershipClosedMail(to: Recipient, key: string, organisationName: string, reason: string) {
  const values = { organisation: organisationName, reason };
  return mailFromMessages(to, key, { paragraphs: ["body", "stillOpen"], url: publicUrl("/account"), values });
}
