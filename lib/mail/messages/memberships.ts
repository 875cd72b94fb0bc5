import { composeMail } from "../compose";
import { publicUrl } from "@/lib/public-url";

// What managers and the people who ask to join an organisation are told.

type Person = { name: string | null; email: string };

export function joinRequestMail(
  manager: Person,
  requester: Person,
  organisation: { id: string; name: string },
  { toAdmin = false } = {},
) {
  const organisationName = organisation.name;
  return composeMail(manager.email, {
    subject: `${requester.name ?? requester.email} asks to join ${organisationName}`,
    greeting: manager.name ? `Hello ${manager.name},` : "Hello,",
    paragraphs: [
      `${requester.name ?? "Someone"} (${requester.email}) has confirmed their e-mail address and asks to act for ${organisationName} on the ASEM Culture Portal: to submit and endorse entries in its name.`,
      toAdmin
        ? `${organisationName} has no manager on the portal, so the request comes to the portal's admins.`
        : "Approve them only if they work for your organisation; if not, decline and say why.",
    ],
    action: {
      label: "Review the request",
      url: publicUrl(toAdmin ? `/admin/organizations/${organisation.id}` : "/account#membership-requests"),
    },
  });
}

export function membershipApprovedMail(to: Person, organisationName: string) {
  return composeMail(to.email, {
    subject: `You can now act for ${organisationName}`,
    greeting: to.name ? `Hello ${to.name},` : "Hello,",
    paragraphs: [
      `Your request to join ${organisationName} on the ASEM Culture Portal was approved: you can now submit projects and recommendations and endorse entries on its behalf.`,
    ],
    action: { label: "Open your account", url: publicUrl("/account") },
  });
}

export function membershipDeclinedMail(to: Person, organisationName: string, reason: string) {
  return composeMail(to.email, {
    subject: `Your request to join ${organisationName} was declined`,
    greeting: to.name ? `Hello ${to.name},` : "Hello,",
    paragraphs: [
      `Your request to act for ${organisationName} on the ASEM Culture Portal was declined, with this reason: ${reason}`,
      "Your account stays open: from your account page you can ask to join another organisation.",
    ],
    action: { label: "Open your account", url: publicUrl("/account") },
  });
}

export function membershipEndedMail(to: Person, organisationName: string, reason: string) {
  return composeMail(to.email, {
    subject: `You no longer act for ${organisationName}`,
    greeting: to.name ? `Hello ${to.name},` : "Hello,",
    paragraphs: [
      `You were removed from ${organisationName} on the ASEM Culture Portal, with this reason: ${reason}`,
      "The entries you submitted stay with the organisation. Your account stays open: from your account page you can ask to join an organisation.",
    ],
    action: { label: "Open your account", url: publicUrl("/account") },
  });
}
