import { composeMail, mailTranslator, type Recipient } from "../compose";
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
  const t = mailTranslator(to);
  const values = { organisation: organisationName };
  return composeMail(to, {
    subject: t("membershipApproved.subject", values),
    paragraphs: [t("membershipApproved.body", values)],
    action: { label: t("membershipApproved.action"), url: publicUrl("/account") },
  });
}

export function membershipDeclinedMail(to: Recipient, organisationName: string, reason: string) {
  const t = mailTranslator(to);
  const values = { organisation: organisationName, reason };
  return composeMail(to, {
    subject: t("membershipDeclined.subject", values),
    paragraphs: [t("membershipDeclined.body", values), t("membershipDeclined.stillOpen")],
    action: { label: t("membershipDeclined.action"), url: publicUrl("/account") },
  });
}

export function membershipEndedMail(to: Recipient, organisationName: string, reason: string) {
  const t = mailTranslator(to);
  const values = { organisation: organisationName, reason };
  return composeMail(to, {
    subject: t("membershipEnded.subject", values),
    paragraphs: [t("membershipEnded.body", values), t("membershipEnded.stillOpen")],
    action: { label: t("membershipEnded.action"), url: publicUrl("/account") },
  });
}
