import { beforeEach, describe, expect, it } from "vitest";
import { endorseEntry } from "@/lib/actions/endorsements";
import { saveMailLanguage } from "@/lib/actions/notifications";
import { registerUser } from "@/lib/actions/registration";
import { db } from "@/lib/db";
import { processOutbox } from "@/lib/notifications/outbox";
import { listNotifications } from "@/lib/queries/notifications";
import { createOrganisation, createProject, uniqueSlug } from "../setup/factories";
import { linkIn, onlyMailTo } from "../setup/mailbox";
import { createMember, createPerson, registrationFields } from "../setup/members";
import { actAs, freshClientAddress, speakIn, submit } from "../setup/request";

beforeEach(() => actAs(null));

describe("mail and notifications in the recipient's language", () => {
  it("tells a French member in French and a Korean one in Korean, whatever language the endorser uses", async () => {
    const owner = await createMember({ name: "Atelier de Lyon" });
    await db.user.update({ where: { id: owner.id }, data: { locale: "fr" } });
    const colleague = await createPerson(owner.organisationId, { name: "Min-ji" });
    await db.user.update({ where: { id: colleague.id }, data: { locale: "ko" } });
    const project = await createProject({
      leadOrganisationId: owner.organisationId,
      title: "Shadows Abroad",
    });
    const endorser = await createMember({ name: "Hanoi Puppet Circle" });

    await actAs(endorser);
    expect((await submit(endorseEntry, { projectId: project.id })).ok).toBe(true);
    const [told] = (await listNotifications(owner.id, 1)).items;
    expect(told.message).toBe(
      "Hanoi Puppet Circle soutient le projet « Shadows Abroad » de votre organisation.",
    );

    await processOutbox(new Date());
    const ownerEmail = (await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email;
    const french = onlyMailTo(ownerEmail, /Hanoi Puppet Circle soutient/);
    expect(french.text).toMatch(/^Bonjour /);
    expect(french.text).toContain("L'ouvrir sur le portail:");
    expect(french.text).toContain("— Le Portail culturel de l’ASEM");
    expect(french.html).toContain('<html lang="fr">');
    linkIn(french, `/projects/${project.slug}`);

    const korean = onlyMailTo(colleague.email, /Hanoi Puppet Circle이\(가\)/);
    expect(korean.html).toContain('<html lang="ko">');
    expect(korean.text).toContain("포털에서 열기");
  });

  it("remembers the language someone registers in, and writes their confirmation in it", async () => {
    const organisation = await createOrganisation();
    await actAs(null, freshClientAddress());
    speakIn("de");
    const email = `${uniqueSlug("neu")}@example.org`;
    const outcome = await submit(
      registerUser,
      registrationFields({ name: "Jana Neumann", email, organisationId: organisation.id }),
    );
    expect(outcome.redirectedTo).toBe("/de/register/check-email");
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { locale: true } })).toEqual({
      locale: "de",
    });
    const mail = onlyMailTo(email, /Bestätigen Sie Ihre E-Mail-Adresse/);
    expect(mail.text).toMatch(/^Hallo Jana Neumann,/);
    expect(mail.html).toContain('<html lang="de">');
  });

  it("is chosen on the account page among the portal's languages, and refused otherwise", async () => {
    const member = await createMember();
    await actAs(member);
    const refused = await submit(saveMailLanguage, { locale: "tlh" });
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual({ locale: ["Choose the language from the list."] });
    expect(refused.values).toEqual({ locale: "tlh" });

    const saved = await submit(saveMailLanguage, { locale: "ja" });
    expect(saved).toEqual({ ok: true, message: "今後、メールと通知は日本語で届きます。" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { locale: true } })).toEqual({
      locale: "ja",
    });
  });
});
