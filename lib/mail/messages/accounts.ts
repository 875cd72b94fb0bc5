import { composeMail } from "../compose";
import { publicUrl } from "@/lib/public-url";

// The mails of an account's own life: confirming the address, signing up again
// with it, resetting and changing the password.

const hello = (name: string | null) => (name ? `Hello ${name},` : "Hello,");

export function confirmEmailMail(to: string, name: string | null, url: string) {
  return composeMail(to, {
    subject: "Confirm your e-mail address",
    greeting: hello(name),
    paragraphs: [
      "Please confirm that this is your e-mail address, so that your account on the ASEM Culture Portal can act for your organisation.",
    ],
    action: { label: "Confirm your address", url },
    afterword: [
      "The link works once and for 24 hours; your account page can send a new one.",
      "If you did not create an account, ignore this message: nothing happens without the link.",
    ],
  });
}

// Sent instead of a second account, so that registration never tells a stranger
// whether an address has an account.
export function addressAlreadyRegisteredMail(to: string, name: string | null) {
  return composeMail(to, {
    subject: "Someone tried to register with your e-mail address",
    greeting: hello(name),
    paragraphs: [
      "Someone, perhaps you, just asked to create an account on the ASEM Culture Portal with this address. It already has an account, so no second one was created.",
      "If it was you, sign in with your password, or choose a new one if you have forgotten it.",
    ],
    action: { label: "Choose a new password", url: publicUrl("/forgot-password") },
    afterword: ["If it was not you, you need not do anything: your account is unchanged."],
  });
}

export function resetPasswordMail(to: string, name: string | null, url: string) {
  return composeMail(to, {
    subject: "Choose a new password",
    greeting: hello(name),
    paragraphs: ["Someone, hopefully you, asked to reset the password of your ASEM Culture Portal account."],
    action: { label: "Choose a new password", url },
    afterword: [
      "The link works once and for 1 hour. Choosing a new password signs your account out everywhere else.",
      "If you did not ask for this, ignore this message: your password stays as it is.",
    ],
  });
}

export function passwordChangedMail(to: string, name: string | null) {
  return composeMail(to, {
    subject: "Your password was changed",
    greeting: hello(name),
    paragraphs: [
      "The password of your ASEM Culture Portal account was just changed, and every other session of your account was signed out.",
      "If you did not do this, choose a new password at once and tell the portal's team.",
    ],
    action: { label: "Choose a new password", url: publicUrl("/forgot-password") },
  });
}
