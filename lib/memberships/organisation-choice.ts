import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { availableSlug, withUniqueSlug } from "@/lib/slugs";
import type { JoinOrganisationInput } from "@/lib/validations/auth";
import { findSameOrganisation } from "./organisation-names";
import { startMembership } from "./requests";

type Transaction = Prisma.TransactionClient;

export type OrganisationPlan =
  | { kind: "join"; organisation: { id: string; name: string } }
  | {
      kind: "found";
      name: string;
      organisationKind: OrganisationKind;
      countryCode: string;
      website?: string;
    };

export type ChoiceProblem = { message: string; errors: Record<string, string[]> };

// Checks what registration and "join an organisation" were asked, before anything is
// written: a listed organisation must take members, and a new one must not be a
// listed one under another spelling (its members are told where to ask instead).
export async function planOrganisationChoice(
  input: JoinOrganisationInput,
): Promise<{ plan: OrganisationPlan } | { problem: ChoiceProblem }> {
  const t = await getTranslations("memberships.choice");
  if (input.organisationChoice === "existing") {
    const organisation = await db.organisation.findFirst({
      where: { id: input.organisationId, mergedIntoId: null, verificationStatus: { not: "REJECTED" } },
      select: { id: true, name: true },
    });
    if (!organisation) {
      return problem(t("chooseAgain"), { organisationId: [t("cannotJoin")] });
    }
    return { plan: { kind: "join", organisation } };
  }
  const country = await db.country.findUnique({
    where: { code: input.newOrganisationCountry },
    select: { code: true },
  });
  if (!country) {
    return problem(t("countryAgain"), { newOrganisationCountry: [t("countryFromList")] });
  }
  const same = await findSameOrganisation(input.newOrganisationName!, country.code);
  if (same) {
    return problem(t("alreadyListed", { organisation: same.name }), {
      newOrganisationName: [t("alreadyListedField", { organisation: same.name })],
      existingOrganisation: [same.slug],
    });
  }
  return {
    plan: {
      kind: "found",
      name: input.newOrganisationName!,
      organisationKind: input.newOrganisationKind as OrganisationKind,
      countryCode: country.code,
      website: input.newOrganisationWebsite,
    },
  };
}

const problem = (message: string, errors: Record<string, string[]>) => ({ problem: { message, errors } });

// Writes the plan in the caller's transaction: the person becomes a pending member of
// the listed organisation, or the manager of the new one.
export async function carryOutOrganisationPlan(tx: Transaction, userId: string, plan: OrganisationPlan) {
  if (plan.kind === "join") {
    await startMembership(tx, userId, plan.organisation, "PENDING");
    return plan.organisation;
  }
  const slug = await availableSlug(plan.name, async (prefix) =>
    (await tx.organisation.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  const organisation = await withUniqueSlug(slug, (free) =>
    tx.organisation.create({
      data: {
        slug: free,
        name: plan.name,
        kind: plan.organisationKind,
        countryCode: plan.countryCode,
        website: plan.website,
        verificationStatus: "UNVERIFIED",
      },
      select: { id: true, name: true, slug: true },
    }),
  );
  await startMembership(tx, userId, organisation, "MANAGER");
  return organisation;
}
