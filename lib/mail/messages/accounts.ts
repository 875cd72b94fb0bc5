import { mailFromMessages, type Recipient } from "../compose";
import { publicUrl } from "@/lib/public-url";

// The mails of an account's own life: confirming the address, signing up again
// with it, resetting and changing the password, in the recipient's language.

export function confirmEmailMail(to: Recipient, url: string) {
  return expiringLinkMail(to, "confirmEmail", url);
}

// Sent instead of a second account, so that registration never tells a stranger
// whether an address has an account.
export function addressAlreadyRegisteredMail(to: Recipient) {
  return toForgottenPassword(to, "alreadyRegistered", ["body", "ifYou"], ["notYou"]);
}

export function resetPasswordMail(to: Recipient, url: string) {
  return expiringLinkMail(to, "resetPassword", url);
}

export function passwordChangedMail(to: Recipient) {
  return toForgottenPassword(to, "passwordChanged", ["body", "notYou"]);
}

// A link that works once and for a while, and what to do if the mail was not asked for.
function expiringLinkMail(to: Recipient, key: string, url: string) {
  return mailFromMessages(to, key, { paragraphs: ["body"], url, afterword: ["validity", "notYou"] });
}

// The way back into an account: the form that resets its password.
function toForgottenPassword(to: Recipient, key: string, paragraphs: string[], afterword?: string[]) {
  return mailFromMessages(to, key, { paragraphs, url: publicUrl("/forgot-password"), afterword });
}
