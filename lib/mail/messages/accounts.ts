import { composeMail, mailTranslator, type Recipient } from "../compose";
import { publicUrl } from "@/lib/public-url";

// The mails of an account's own life: confirming the address, signing up again
// with it, resetting and changing the password, in the recipient's language.

export function confirmEmailMail(to: Recipient, url: string) {
  const t = mailTranslator(to);
  return composeMail(to, {
    subject: t("confirmEmail.subject"),
    paragraphs: [t("confirmEmail.body")],
    action: { label: t("confirmEmail.action"), url },
    afterword: [t("confirmEmail.validity"), t("confirmEmail.notYou")],
  });
}

// Sent instead of a second account, so that registration never tells a stranger
// whether an address has an account.
export function addressAlreadyRegisteredMail(to: Recipient) {
  const t = mailTranslator(to);
  return composeMail(to, {
    subject: t("alreadyRegistered.subject"),
    paragraphs: [t("alreadyRegistered.body"), t("alreadyRegistered.ifYou")],
    action: { label: t("alreadyRegistered.action"), url: publicUrl("/forgot-password") },
    afterword: [t("alreadyRegistered.notYou")],
  });
}

export function resetPasswordMail(to: Recipient, url: string) {
  const t = mailTranslator(to);
  return composeMail(to, {
    subject: t("resetPassword.subject"),
    paragraphs: [t("resetPassword.body")],
    action: { label: t("resetPassword.action"), url },
    afterword: [t("resetPassword.validity"), t("resetPassword.notYou")],
  });
}

export function passwordChangedMail(to: Recipient) {
  const t = mailTranslator(to);
  return composeMail(to, {
    subject: t("passwordChanged.subject"),
    paragraphs: [t("passwordChanged.body"), t("passwordChanged.notYou")],
    action: { label: t("passwordChanged.action"), url: publicUrl("/forgot-password") },
  });
}
