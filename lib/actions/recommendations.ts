"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { refuse } from "@/lib/dal";
import { db } from "@/lib/db";
import { actingOrganisation, authorise, can } from "@/lib/permissions";
import { getRecommendationForEdit } from "@/lib/queries/recommendations";
import { SubmitRecommendationSchema, UpdateRecommendationSchema } from "@/lib/validations/recommendation";
import { nextRecommendationPosition } from "@/lib/recommendation-positions";
import { formAction } from "./action";
import { revalidatePages } from "@/lib/revalidate";

export const submitRecommendation = formAction("member", SubmitRecommendationSchema, async (input, user) => {
  const organisation = await actingOrganisation(user);
  const t = await getTranslations("outcomes.recommendations");
  const workshop = await db.workshop.findUnique({
    where: { id: input.workshopId },
    select: { id: true, slug: true },
  });
  if (!workshop) refuse(t("workshopGone"));
  const { id } = await db.$transaction(async (tx) => {
    return tx.recommendation.create({
      data: {
        workshopId: workshop.id,
        language: input.language,
        title: input.title,
        text: input.text,
        audiences: input.audiences,
        status: "SUBMITTED",
        submittedByOrganisationId: organisation.id,
        submittedById: user.id,
        position: await nextRecommendationPosition(tx, workshop.id),
      },
      select: { id: true },
    });
  });
  revalidatePages(`/workshops/${workshop.slug}`, "/recommendations");
  redirect({ href: `/recommendations/${id}`, locale: await getLocale() });
});

export const updateRecommendation = formAction("member", UpdateRecommendationSchema, async (input, user) => {
  const t = await getTranslations("outcomes.recommendations");
  const current = await getRecommendationForEdit(input.recommendationId);
  if (!current) refuse(t("notEditable"));
  await authorise(can(user, "editRecommendation", current));
  // Endorsements remember the version they backed, so only a change of wording makes a new one.
  const reworded = current.title !== input.title || current.text !== input.text;
  const { count } = await db.recommendation.updateMany({
    where: {
      id: current.id,
      // Unchanged since it was read and authorised: a status change or another edit in between refuses.
      visibility: current.visibility,
      status: current.status,
      version: current.version,
    },
    data: {
      language: input.language,
      title: input.title,
      text: input.text,
      audiences: input.audiences,
      ...(reworded && { version: { increment: 1 } }),
    },
  });
  if (count === 0) refuse(t("changedMeanwhile"));
  revalidatePages(
    `/recommendations/${current.id}`,
    `/workshops/${current.workshop.slug}`,
    "/recommendations",
  );
  redirect({ href: `/recommendations/${current.id}`, locale: await getLocale() });
});
