"use server";

import { redirect } from "next/navigation";
import { refuse } from "@/lib/dal";
import { db } from "@/lib/db";
import { actingOrganisation, authorise, can } from "@/lib/permissions";
import { getRecommendationForEdit } from "@/lib/queries/recommendations";
import { SubmitRecommendationSchema, UpdateRecommendationSchema } from "@/lib/validations/recommendation";
import { nextRecommendationPosition } from "@/lib/recommendation-positions";
import { formAction } from "./action";
import { revalidatePages } from "@/lib/revalidate";

export const submitRecommendation = formAction("member", SubmitRecommendationSchema, async (input, user) => {
  const organisation = actingOrganisation(user);
  const workshop = await db.workshop.findUnique({
    where: { id: input.workshopId },
    select: { id: true, slug: true },
  });
  if (!workshop) refuse("This workshop no longer exists, so the recommendation cannot be submitted to it.");
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

export const updateRecommendation = formAction("member", UpdateRecommendationSchema, async (input, user) => {
  const current = await getRecommendationForEdit(input.recommendationId);
  if (!current) refuse("This recommendation does not exist, so it cannot be edited.");
  authorise(can(user, "editRecommendation", current));
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
      title: input.title,
      text: input.text,
      audiences: input.audiences,
      ...(reworded && { version: { increment: 1 } }),
    },
  });
  if (count === 0)
    refuse("This recommendation changed while you were editing it. Reload the page and try again.");
  revalidatePages(
    `/recommendations/${current.id}`,
    `/workshops/${current.workshop.slug}`,
    "/recommendations",
  );
  redirect(`/recommendations/${current.id}`);
});
