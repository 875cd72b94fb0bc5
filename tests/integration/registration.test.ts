import { beforeEach, describe, expect, it, vi } from "vitest";
import { resendConfirmation } from "@/lib/actions/registration";
import { confirmEmail, registerUser } from "@/lib/actions/registration";
import { MAIL_LIMITS } from "@/lib/auth/mail-limits";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { createOrganisation, uniqueSlug } from "../setup/factories";
import { linkIn, mailTo, onlyMailTo, tokenOf } from "../setup/mailbox";
import { createMember, createPerson, PASSWORD, registrationFields } from "../setup/members";
import { actAs, freshClientAddress, sessionCookieValue, submit } from "../setup/request";

const password = PASSWORD;

// Registrations are limited per client address: each test has its own.
beforeEach(() => actAs(null, freshClientAddress()));

describe("confirming the address", () => {
  it("mails a single-use link; confirming sends the request to the organisation's managers", async () => {
    const manager = await createMember({ name: `Kansai Stage ${uniqueSlug("")}` });
    const managerEmail = (await db.user.findUniqueOrThrow({ where: { id: manager.id } })).email;
    const fields = registrationFields({ organisationId: manager.organisationId });
    expect(await submit(registerUser, fields)).toEqual({ redirectedTo: "/register/check-email" });
    // Unconfirmed, the request does not reach the managers yet.
    expect(mailTo(managerEmail)).toEqual([]);

    const mail = onlyMailTo(fields.email, /^Confirm your e-mail address$/);
    expect(mail.text).toMatch(/24 hours/);
    const token = tokenOf(linkIn(mail, "/confirm-email?token="));
    expect(await submit(confirmEmail, { token })).toEqual({ redirectedTo: "/login?confirmed=1" });
    const user = await db.user.findUniqueOrThrow({ where: { email: fields.email } });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.membershipRole).toBe("PENDING");
    const request = onlyMailTo(managerEmail, /asks to join/);
    expect(request.text).toContain(fields.email);
    linkIn(request, "/account#membership-requests");

    // Single use: the same link again changes nothing and says so.
    const again = await submit(confirmEmail, { token });
    expect(again.message).toMatch(/already used/);
    expect(mailTo(managerEmail)).toHaveLength(1);
  });

  it("refuses a link after 24 hours, and one that was never sent", async () => {
    const organisation = await createOrganisation();
    const fields = registrationFields({ organisationId: organisation.id });
    await submit(registerUser, fields);
    const token = tokenOf(linkIn(onlyMailTo(fields.email, /Confirm/), "/confirm-email?token="));
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 24 * 60 * 60 * 1000 + 1000 });
    try {
      expect((await submit(confirmEmail, { token })).message).toMatch(/expired/);
    } finally {
      vi.useRealTimers();
    }
    expect((await submit(confirmEmail, { token: `${token.slice(0, -3)}abc` })).message).toMatch(/not valid/);
    expect((await db.user.findUniqueOrThrow({ where: { email: fields.email } })).emailVerified).toBeNull();
  });

  it("approves at once an address on a domain the organisation has proven", async () => {
    const domain = `${uniqueSlug("culture")}.gov.example`;
    const manager = await createMember({ emailDomains: [domain] });
    const fields = registrationFields({ organisationId: manager.organisationId, email: `curator@${domain}` });
    await submit(registerUser, fields);
    await submit(confirmEmail, {
      token: tokenOf(linkIn(onlyMailTo(fields.email, /Confirm/), "/confirm-email")),
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: fields.email } });
    expect(user.membershipRole).toBe("MEMBER");
    onlyMailTo(fields.email, /You can now act for/);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: user.id, action: "membership.approve" },
    });
    expect(audit.actorId).toBeNull();
    expect(audit.after).toMatchObject({ role: "MEMBER", reason: expect.stringContaining(domain) });
  });

  it("mails the portal's admins when the organisation has no manager", async () => {
    const organisation = await createOrganisation();
    const admin = await createPerson(null, { role: "ADMIN" });
    const fields = registrationFields({ organisationId: organisation.id });
    await submit(registerUser, fields);
    await submit(confirmEmail, {
      token: tokenOf(linkIn(onlyMailTo(fields.email, /Confirm/), "/confirm-email")),
    });
    linkIn(onlyMailTo(admin.email, /asks to join/), `/admin/organizations/${organisation.id}`);
  });

  it(`sends a new link on request, at most ${MAIL_LIMITS.perRecipient} mails an hour`, async () => {
    const organisation = await createOrganisation();
    const fields = registrationFields({ organisationId: organisation.id });
    await submit(registerUser, fields);
    const user = await db.user.findUniqueOrThrow({ where: { email: fields.email } });
    await actAs(user);
    const first = onlyMailTo(fields.email, /Confirm/);
    for (let sent = 1; sent < MAIL_LIMITS.perRecipient; sent++)
      expect((await submit(resendConfirmation, {})).ok).toBe(true);
    const limited = await submit(resendConfirmation, {});
    expect(limited.message).toMatch(/Wait \d+ minutes/);
    expect(mailTo(fields.email)).toHaveLength(MAIL_LIMITS.perRecipient);
    // Only the newest link works.
    expect((await submit(confirmEmail, { token: tokenOf(linkIn(first, "/confirm-email")) })).message).toMatch(
      /not valid/,
    );
    const newest = mailTo(fields.email).at(-1)!;
    expect(
      (await submit(confirmEmail, { token: tokenOf(linkIn(newest, "/confirm-email")) })).redirectedTo,
    ).toBe("/account?confirmed=1");
  });
});

describe("registering with an address that has an account", () => {
  it("answers exactly as for a new one, creates nothing, and mails the owner", async () => {
    const organisation = await createOrganisation();
    const owner = await createPerson(organisation.id, { passwordHash: await hashPassword(password) });
    const before = await db.user.count();
    const fresh = await submit(registerUser, registrationFields({ organisationId: organisation.id }));
    const taken = await submit(registerUser, {
      ...registrationFields({ organisationId: organisation.id }),
      email: owner.email.toUpperCase(),
    });
    expect(taken).toEqual(fresh);
    expect(sessionCookieValue()).toBeUndefined();
    expect(await db.user.count()).toBe(before + 1);
    const warning = onlyMailTo(owner.email, /tried to register with your e-mail address/);
    linkIn(warning, "/forgot-password");
    expect(mailTo(owner.email).some((mail) => /Confirm/.test(mail.subject))).toBe(false);
  });
});

describe("one organisation, one record", () => {
  it("refuses a new organisation named like a listed one, and says where to ask to join", async () => {
    const listed = await createOrganisation({
      name: `Hanoi Puppet Circle ${uniqueSlug("")}`,
      countryCode: "VN",
    });
    const spelling = `  ${listed.name.replace("Puppet", "Púppet").replace("Circle", "Circle.").toUpperCase()} (Viet Nam)`;
    const outcome = await submit(registerUser, {
      name: "Binh Le",
      email: `${uniqueSlug("puppets")}@example.org`,
      password,
      organisationChoice: "new",
      newOrganisationName: spelling,
      newOrganisationKind: "NGO_OR_ASSOCIATION",
      newOrganisationCountry: "VN",
    });
    expect(outcome.message).toBe(
      `${listed.name} is already listed: ask to join it instead of requesting it again.`,
    );
    expect(outcome.errors?.newOrganisationName?.[0]).toMatch(/already listed/);
    expect(outcome.errors?.existingOrganisation).toEqual([listed.slug]);
    expect(outcome.values?.newOrganisationName).toBe(spelling);
    expect(await db.organisation.count({ where: { name: { contains: listed.name.slice(-8) } } })).toBe(1);

    // The same name in another country is another organisation.
    const elsewhere = await submit(registerUser, {
      ...registrationFields({ name: "Binh Le" }),
      organisationChoice: "new",
      newOrganisationName: listed.name,
      newOrganisationKind: "NGO_OR_ASSOCIATION",
      newOrganisationCountry: "FR",
    });
    expect(elsewhere.redirectedTo).toBe("/register/check-email");
  });
});
