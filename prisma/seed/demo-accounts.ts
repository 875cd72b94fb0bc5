import { hash } from "@node-rs/argon2";
import type { PrismaClient, Role } from "../../lib/generated/prisma/client";

// Accounts for trying the portal out, listed in the README. Never in production:
// their passwords are public.
export const demoAccounts: {
  email: string;
  password: string;
  name: string;
  role: Role;
  organisationSlug: string | null;
}[] = [
  {
    email: "ngo@demo.example.org",
    password: "ngo-demo-password",
    name: "Lan Nguyen (demo NGO member)",
    role: "MEMBER",
    organisationSlug: "sample-mekong-stage-collective",
  },
  {
    email: "ministry@demo.example.org",
    password: "ministry-demo-password",
    name: "Piotr Nowak (demo ministry member)",
    role: "MEMBER",
    organisationSlug: "sample-ministry-culture-pl",
  },
  {
    email: "admin@demo.example.org",
    password: "admin-demo-password",
    name: "Portal admin (demo)",
    role: "ADMIN",
    organisationSlug: null,
  },
];

export async function seedDemoAccounts(db: PrismaClient, nodeEnv = process.env.NODE_ENV) {
  if (nodeEnv === "production") {
    console.log("NODE_ENV=production: the demo accounts are not created.");
    return 0;
  }
  let created = 0;
  for (const account of demoAccounts) {
    const exists = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    const organisation = account.organisationSlug
      ? await db.organisation.findUniqueOrThrow({
          where: { slug: account.organisationSlug },
          select: { id: true },
        })
      : null;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        organisationId: organisation?.id,
        // Each demo member manages their organisation; their addresses count as confirmed.
        ...(organisation && { membershipRole: "MANAGER" as const }),
        emailVerified: new Date(),
        passwordHash: await hash(account.password),
      },
    });
    created++;
  }
  return created;
}
