import { getTranslations } from "next-intl/server";

// What the membership actions did, for the page they send the manager back to.
export async function membershipNotices() {
  const t = await getTranslations("memberships.notices");
  return {
    approve: t("approve"),
    decline: t("decline"),
    promote: t("promote"),
    demote: t("demote"),
    remove: t("remove"),
  };
}
