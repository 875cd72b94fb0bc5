import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { ActionRefused, getCurrentUser, redirectToSignIn, type CurrentUser } from "@/lib/dal";
import { failedForm, type FormState } from "@/lib/form-state";
import { parseForm } from "@/lib/parse-form";
import { authorise, can } from "@/lib/permissions";
import { safeReturnPath } from "@/lib/return-path";

// Who may post a form at all. Visitors: anyone (the viewer may be signed in or not);
// members: a signed-in account; managers: an organisation's managers and admins;
// admins: the portal's admins. What a person may do with a given entry is asked of
// `can` inside the action.
export type Level = "visitor" | "member" | "manager" | "admin";

type Actor<L extends Level> = L extends "visitor" ? CurrentUser | null : CurrentUser;

// The one wrapper every form action goes through: it re-reads the user from the
// database (members' forms send visitors to the sign-in page), checks the level,
// validates the form with zod and turns refusals into the form's message.
export function formAction<L extends Level, Schema extends z.ZodType>(
  level: L,
  schema: Schema,
  run: (input: z.output<Schema>, actor: Actor<L>, formData: FormData) => Promise<FormState | void>,
  // The form's message when a field it does not show (a link's token) is not valid, in
  // the request's language.
  options: { invalid?: () => Promise<string> } = {},
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await getCurrentUser();
    if (level !== "visitor" && !user) await redirectToSignIn(await returnPath());
    try {
      if (level === "admin") await authorise(can(user, "administer", null));
      if (level === "manager")
        await authorise(can(user, "manageMembers", { organisationId: user?.organisation?.id ?? "" }));
      const parsed = await parseForm(schema, formData);
      if (!parsed.success)
        return options.invalid ? failedForm(formData, await options.invalid()) : parsed.state;
      return (await run(parsed.data, user as Actor<L>, formData)) ?? {};
    } catch (error) {
      if (error instanceof ActionRefused) return failedForm(formData, error.message);
      throw error;
    }
  };
}

// Where to come back to after signing in: the page the form was posted from, in its language.
async function returnPath(): Promise<string> {
  const referer = (await headers()).get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return safeReturnPath(url.pathname + url.search);
  } catch {
    return "/";
  }
}
