import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { ActionRefused, getCurrentUser, refuse, type CurrentUser } from "@/lib/dal";
import { failedForm, type FormState } from "@/lib/form-state";
import { parseForm } from "@/lib/parse-form";
import { safeReturnPath } from "@/lib/return-path";

// The one wrapper every signed-in form action goes through: it re-reads the user
// from the database (anonymous requests go to the sign-in page), validates the
// form with zod and turns refusals into a message. The action itself authorises
// the record it touches, in its query's where clause.
export function signedInAction<Schema extends z.ZodType>(
  schema: Schema,
  run: (input: z.output<Schema>, user: CurrentUser, formData: FormData) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await getCurrentUser();
    if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(await returnPath())}`);
    const parsed = await parseForm(schema, formData);
    if (!parsed.success) return parsed.state;
    try {
      return (await run(parsed.data, user, formData)) ?? {};
    } catch (error) {
      if (error instanceof ActionRefused) return failedForm(formData, error.message);
      throw error;
    }
  };
}

// The same for admin actions: a member's request is refused whatever it says.
export function adminAction<Schema extends z.ZodType>(
  schema: Schema,
  run: (input: z.output<Schema>, admin: CurrentUser, formData: FormData) => Promise<FormState | void>,
) {
  return signedInAction(schema, async (input, user, formData) => {
    if (user.role !== "ADMIN") refuse("Only the portal's admins may do this.");
    return run(input, user, formData);
  });
}

// Where to come back to after signing in: the page the form was posted from.
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
