"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { isAdmin, refuse, requireActingOrganisation } from "@/lib/dal";
import { db } from "@/lib/db";
import {
  editableRecommendations,
  getRecommendationForEdit,
  recommendationEditProblem,
} from "@/lib/queries/recommendations";
import { SubmitRecommendationSchema, UpdateRecommendationSchema } from "@/lib/validations/recommendation";
import { nextRecommendationPosition } from "@/lib/recommendation-positions";
import { signedInAction } from "./action";
import { revalidatePages } from "@/lib/revalidate";

export const submitRecommendation = signedInAction(SubmitRecommendationSchema, async (input, user) => {
  const organisation = requireActingOrganisation(user);
  const t = await getTranslations("forms.outcomes.recommendations");
  const workshop = await db.workshop.findUnique({
    where: { id: input.workshopId },
    select: { id: true, slug: true },
  });
  if (!workshop) refuse(t("workshopGone"));
  const { id } = await db.$transaction(async (tx) => {
    return tx.recommendation.create({
      data: {
        workshopId: workshop.id,
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
  redirect(`/recommendations/${id}`);
});

export const updateRecommendation = signedInAction(UpdateRecommendationSchema, async (input, user) => {
  if (!isAdmin(user)) requireActingOrganisation(user);
  const t = await getTranslations("forms.outcomes.recommendations");
  const current = await getRecommendationForEdit(input.recommendationId, user);
  if (!current) refuse(t("notEditable"));
  const problem = recommendationEditProblem(user, current);
  if (problem) refuse(problem);
  // Endorsements remember the version they backed, so only a change of wording makes a new one.
  const reworded = current.title !== input.title || current.text !== input.text;
  const { count } = await db.recommendation.updateMany({
    where: {
      id: current.id,
      ...editableRecommendations(user),
      status: current.status,
      version: current.version,
    },
    data: {
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
  redirect(`/recommendations/${current.id}`);
});
