import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

// Where each problem page sends the reader next, by the tags of its "next" message.
const nextLinks = {
  notFound: { overview: "/", projects: "/projects" },
  forbidden: { account: "/account", overview: "/" },
};

// What a 404 or a 403 says, in the page's language, inside whichever header the page around it has.
function PageProblem({ problem }: { problem: keyof typeof nextLinks }) {
  const t = useTranslations("errors");
  const links = Object.fromEntries(
    Object.entries(nextLinks[problem]).map(([tag, href]) => [
      tag,
      (chunks: ReactNode) => <Link href={href}>{chunks}</Link>,
    ]),
  );
  return (
    <>
      <PageHeader title={t(`${problem}.title`)} lead={t(`${problem}.lead`)} />
      <p>{t.rich(`${problem}.next`, links)}</p>
    </>
  );
}

export function PageNotFound() {
  return <PageProblem problem="notFound" />;
}

// Shown with HTTP 403 when a signed-in member opens an admin page (requireAdmin).
export function PageForbidden() {
  return <PageProblem problem="forbidden" />;
}
