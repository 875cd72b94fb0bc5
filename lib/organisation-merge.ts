import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Transaction = Prisma.TransactionClient;

// Moves everything a duplicate organisation owns to the kept one, inside the merge's
// transaction. Rows the unique keys or the portal's rules would refuse after the move
// (a second partner row, a second endorsement, an endorsement of its own entry) are
// dropped instead, and stored endorsement counts follow. Returns what moved and what
// was dropped, for the audit entry.
export async function moveOrganisationRecords(tx: Transaction, duplicateId: string, keepId: string) {
  const from = { organisationId: duplicateId };
  const to = { organisationId: keepId };

  // The kept organisation's managers stay its managers; the duplicate's join as members
  // (unless the kept one has none, so that someone can still answer its requests).
  const keptManagers = await tx.user.count({
    where: { ...to, membershipRole: "MANAGER", deactivatedAt: null },
  });
  if (keptManagers > 0)
    await tx.user.updateMany({
      where: { ...from, membershipRole: "MANAGER" },
      data: { membershipRole: "MEMBER" },
    });
  const members = await tx.user.updateMany({ where: from, data: to });
  const leadProjects = await tx.project.updateMany({
    where: { leadOrganisationId: duplicateId },
    data: { leadOrganisationId: keepId },
  });
  const recommendations = await tx.recommendation.updateMany({
    where: { submittedByOrganisationId: duplicateId },
    data: { submittedByOrganisationId: keepId },
  });

  // A project may not have the kept organisation twice, nor as a partner of its own lead project.
  const droppedPartners = await tx.projectPartner.deleteMany({
    where: {
      ...from,
      project: { OR: [{ leadOrganisationId: keepId }, { partners: { some: to } }] },
    },
  });
  const keptPartnersOfOwnProjects = await tx.projectPartner.deleteMany({
    where: { ...to, project: { leadOrganisationId: keepId } },
  });
  const partnerRows = await tx.projectPartner.updateMany({ where: from, data: to });

  const droppedEndorsements = await dropEndorsements(tx, duplicateId, keepId);
  const endorsements = await tx.endorsement.updateMany({ where: from, data: to });

  const droppedOrganisers = await tx.workshopOrganiser.deleteMany({
    where: { ...from, workshop: { organisers: { some: to } } },
  });
  const workshopOrganisers = await tx.workshopOrganiser.updateMany({ where: from, data: to });

  const droppedPublications = await tx.publicationOrganisation.deleteMany({
    where: { ...from, publication: { organisations: { some: to } } },
  });
  const publications = await tx.publicationOrganisation.updateMany({ where: from, data: to });

  // Organisations merged into the duplicate earlier now point straight at the kept one.
  await tx.organisation.updateMany({ where: { mergedIntoId: duplicateId }, data: { mergedIntoId: keepId } });

  return {
    moved: {
      members: members.count,
      leadProjects: leadProjects.count,
      recommendations: recommendations.count,
      partnerRows: partnerRows.count,
      endorsements: endorsements.count,
      workshopOrganisers: workshopOrganisers.count,
      publications: publications.count,
    },
    dropped: {
      partnerRows: droppedPartners.count + keptPartnersOfOwnProjects.count,
      endorsements: droppedEndorsements,
      workshopOrganisers: droppedOrganisers.count,
      publications: droppedPublications.count,
    },
  };
}

// Endorsements that cannot survive the merge: the duplicate's of an entry the kept
// organisation endorses too, and either's of an entry that is now the kept organisation's
// own (it leads or partners the project, or submitted the recommendation). Runs after
// projects, partners and recommendations have moved.
async function dropEndorsements(tx: Transaction, duplicateId: string, keepId: string) {
  const keptEntry = {
    OR: [
      {
        project: { OR: [{ leadOrganisationId: keepId }, { partners: { some: { organisationId: keepId } } }] },
      },
      { recommendation: { submittedByOrganisationId: keepId } },
    ],
  };
  const rows = await tx.endorsement.findMany({
    where: {
      OR: [
        { organisationId: { in: [duplicateId, keepId] }, ...keptEntry },
        {
          organisationId: duplicateId,
          OR: [
            { project: { endorsements: { some: { organisationId: keepId } } } },
            { recommendation: { endorsements: { some: { organisationId: keepId } } } },
          ],
        },
      ],
    },
    select: { id: true, projectId: true, recommendationId: true },
  });
  if (!rows.length) return [];
  await tx.endorsement.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
  // Each dropped endorsement was counted once in its entry's stored count.
  for (const { projectId, recommendationId } of rows) {
    const data = { endorsementCount: { decrement: 1 } };
    if (projectId) await tx.project.update({ where: { id: projectId }, data, select: { id: true } });
    else await tx.recommendation.update({ where: { id: recommendationId! }, data, select: { id: true } });
  }
  return rows.map(({ projectId, recommendationId }) => (projectId ? { projectId } : { recommendationId }));
}
