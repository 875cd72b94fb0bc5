"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { recordAudit } from "@/lib/audit";
import { refuse } from "@/lib/dal";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { failedForm } from "@/lib/form-state";
import { notifyPairingStatus } from "@/lib/notifications/events";
import { isUniqueViolation } from "@/lib/slugs";
import {
  CreatePartnershipSchema,
  DeletePartnershipSchema,
  PartnershipStatusSchema,
  UpdatePartnershipSchema,
  type PartnershipFormInput,
} from "@/lib/validations/partnership";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

type Transaction = Prisma.TransactionClient;

// This module's messages, in the request's language.
const outcome = async (key: string, values?: Record<string, string>) =>
  (await getTranslations("outcomes.partnerships"))(key, values);

const snapshotSelect = {
  ecocDesignationId: true,
  cceaDesignationId: true,
  cooperationAreas: true,
  sectors: true,
  status: true,
  rationale: true,
} as const;

export const createPartnership = formAction(
  "admin",
  CreatePartnershipSchema,
  async (input, admin, formData) => {
    const checked = await checkReferences(input);
    if (checked.errors) return failedForm(formData, await outcome("checkFailed"), checked.errors);
    const { addProjectSlugs, ...fields } = input;
    return savePairing(formData, "created", async (tx) => {
      const partnership = await tx.cityPartnership.create({
        data: {
          ...fields,
          createdById: admin.id,
          statusChanges: { create: { toStatus: input.status, changedById: admin.id } },
        },
        select: { id: true, ...snapshotSelect },
      });
      const { id: created, ...after } = partnership;
      await linkProjects(tx, created, checked.projectIds);
      await audit(tx, admin.id, "create", created, {
        after: { ...after, linkedProjectIds: checked.projectIds },
      });
      return created;
    });
  },
);

export const updatePartnership = formAction(
  "admin",
  UpdatePartnershipSchema,
  async (input, admin, formData) => {
    const { partnershipId: id, unlinkProjectIds, addProjectSlugs, ...fields } = input;
    const checked = await checkReferences(input, id);
    if (checked.errors) return failedForm(formData, await outcome("checkFailed"), checked.errors);
    return savePairing(formData, "saved", async (tx) => {
      const before = await snapshot(tx, id);
      const after = await tx.cityPartnership.update({ where: { id }, data: fields, select: snapshotSelect });
      const unlink = before.linkedProjectIds.filter((projectId) => unlinkProjectIds.includes(projectId));
      await tx.project.updateMany({ where: { id: { in: unlink } }, data: { partnershipId: null } });
      await linkProjects(tx, id, checked.projectIds);
      const kept = before.linkedProjectIds.filter((projectId) => !unlink.includes(projectId));
      const linkedProjectIds = [...new Set([...kept, ...checked.projectIds])];
      await audit(tx, admin.id, "update", id, { before, after: { ...after, linkedProjectIds } });
      return id;
    });
  },
);

// Writes a pairing and shows its page with a notice. Two admins pairing the same cities
// at once: the unique index lets exactly one through, and the other is told.
async function savePairing(
  formData: FormData,
  notice: "created" | "saved",
  write: (tx: Transaction) => Promise<string>,
) {
  let id: string;
  try {
    id = await db.$transaction(write);
  } catch (error) {
    if (!isUniqueViolation(error, "ecocDesignationId")) throw error;
    return failedForm(formData, await outcome("alreadyPaired"), {
      cceaDesignationId: [await outcome("alreadyPaired")],
    });
  }
  revalidatePartnership(id);
  redirect({ href: `/admin/partnerships/${id}?${notice}=1`, locale: await getLocale() });
}

export const changePartnershipStatus = formAction(
  "admin",
  PartnershipStatusSchema,
  async (input, admin, formData) => {
    const id = input.partnershipId;
    const current = await db.cityPartnership.findUnique({ where: { id }, select: { status: true } });
    if (!current) refuse(await outcome("gone"));
    if (current.status === input.toStatus) {
      return failedForm(formData, await outcome("statusUnchanged"), {
        toStatus: [await outcome("sameStatus")],
      });
    }
    await db.$transaction(async (tx) => {
      // Only from the status the admin saw, so that two changes at once cannot both be recorded from it.
      const { count } = await tx.cityPartnership.updateMany({
        where: { id, status: current.status },
        data: { status: input.toStatus },
      });
      if (!count) refuse(await outcome("changedMeanwhile"));
      await tx.partnershipStatusChange.create({
        data: {
          partnershipId: id,
          fromStatus: current.status,
          toStatus: input.toStatus,
          note: input.note,
          changedById: admin.id,
        },
      });
      await audit(tx, admin.id, "status", id, {
        before: { status: current.status },
        after: { status: input.toStatus, note: input.note },
      });
      await notifyPairingStatus(tx, id, input.toStatus);
    });
    revalidatePartnership(id);
    return { ok: true, message: (await getTranslations("outcomes"))("statusChanged") };
  },
);

// Linked projects stay and lose their pairing (onDelete: SetNull); the history goes with the pairing.
export const deletePartnership = formAction("admin", DeletePartnershipSchema, async (input, admin) => {
  const id = input.partnershipId;
  await db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    await tx.cityPartnership.delete({ where: { id } });
    await audit(tx, admin.id, "delete", id, { before });
  });
  revalidatePartnership(id);
  redirect({ href: "/admin/partnerships?deleted=1", locale: await getLocale() });
});

function audit(
  tx: Transaction,
  actorId: string,
  action: "create" | "update" | "status" | "delete",
  entityId: string,
  change: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue },
) {
  return recordAudit(tx, {
    actorId,
    action: `partnership.${action}`,
    entityType: "CityPartnership",
    entityId,
    ...change,
  });
}

// The pairing as an audit entry records it; refuses when it is gone.
async function snapshot(tx: Transaction, id: string) {
  const partnership = await tx.cityPartnership.findUnique({
    where: { id },
    select: { ...snapshotSelect, projects: { select: { id: true } } },
  });
  if (!partnership) refuse(await outcome("gone"));
  const { projects, ...fields } = partnership;
  return { ...fields, linkedProjectIds: projects.map((project) => project.id) };
}

// Links only projects that are free or already here: one linked elsewhere meanwhile is not taken over.
async function linkProjects(tx: Transaction, partnershipId: string, projectIds: string[]) {
  if (!projectIds.length) return;
  const { count } = await tx.project.updateMany({
    where: { id: { in: projectIds }, OR: [{ partnershipId: null }, { partnershipId }] },
    data: { partnershipId },
  });
  if (count < projectIds.length) refuse(await outcome("projectTaken"));
}

// Both sides must be designations of the right programme, of two cities, and every project slug must
// name a project that no other pairing holds. Failures become field errors, never a database error.
async function checkReferences(input: PartnershipFormInput, partnershipId?: string) {
  const [designations, projects] = await Promise.all([
    db.designation.findMany({
      where: { id: { in: [input.ecocDesignationId, input.cceaDesignationId] } },
      select: { id: true, programme: true, cityId: true },
    }),
    db.project.findMany({
      where: { slug: { in: input.addProjectSlugs } },
      select: { id: true, slug: true, title: true, partnershipId: true },
    }),
  ]);
  const ecoc = designations.find((designation) => designation.id === input.ecocDesignationId);
  const ccea = designations.find((designation) => designation.id === input.cceaDesignationId);
  const errors: Record<string, string[]> = {};
  if (ecoc?.programme !== "ECOC") errors.ecocDesignationId = [await outcome("ecocFromList")];
  if (ccea?.programme !== "CCEA") errors.cceaDesignationId = [await outcome("cceaFromList")];
  if (ecoc && ccea && ecoc.cityId === ccea.cityId) errors.cceaDesignationId = [await outcome("sameCity")];
  const found = new Set(projects.map((project) => project.slug));
  const unknown = input.addProjectSlugs.filter((slug) => !found.has(slug));
  const taken = projects.filter(
    (project) => project.partnershipId && project.partnershipId !== partnershipId,
  );
  const projectErrors = [
    ...(unknown.length ? [await outcome("unknownProjects", { slugs: unknown.join(", ") })] : []),
    ...(await Promise.all(
      taken.map((project) => outcome("projectInOtherPairing", { title: project.title })),
    )),
  ];
  if (projectErrors.length) errors.addProjectSlugs = projectErrors;
  return {
    errors: Object.keys(errors).length ? errors : null,
    projectIds: projects.map((project) => project.id),
  };
}

function revalidatePartnership(id: string) {
  const paths = ["/partnerships", `/partnerships/${id}`, "/cities", "/"];
  revalidatePages(...paths, "/admin/partnerships", `/admin/partnerships/${id}`);
}
