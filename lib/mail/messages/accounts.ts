import { mailFromMessages, type Recipient } from "../compose";
import { publicUrl } from "@/lib/public-url";

// The mails of an account's own life: confirming the address, signing up again
// with it, resetting and changing the password, in the recipient's language.

export function confirmEmailMail(to: Recipient, url: string) {
  return mailFromMessages(to, "confirmEmail", {
    paragraphs: ["body"],
    url,
    afterword: ["validity", "notYou"],
  });
}

// Sent instead of a second account, so that registration never tells a stranger
// whether an address has an account.
export function addressAlreadyRegisteredMail(to: Recipient) {
  return mailFromMessages(to, "alreadyRegistered", {
    paragraphs: ["body", "ifYou"],
    url: publicUrl("/forgot-password"),
    afterword: ["notYou"],
  });
}

export function resetPasswordMail(to: Recipient, url: string) {
  return mailFromMessages(to, "resetPassword", {
    paragraphs: ["body"],
    url,
    afterword: ["validity", "notYou"],
  });
}

export function passwordChangedMail(to: Recipient) {
  return mailFromMessages(to, "passwordChanged", {
    paragraphs: ["body", "notYou"],
    url: publicUrl("/forgot-password"),
  });
}
