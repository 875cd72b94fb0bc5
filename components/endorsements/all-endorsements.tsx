import { CanonicalLink } from "@/components/layout/canonical-link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/i18n/navigation";
import { ENDORSEMENTS_PER_PAGE, listEndorsements } from "@/lib/queries/endorsements";
import { hrefWith, pageNumber, type SearchParams } from "@/lib/search-params";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { EndorsementBalance, EndorsementList } from "./endorsement-section";

type Props = {
  target: EntryTarget;
  entry: { title: string; path: string; kind: "project" | "recommendation" };
  searchParams: SearchParams;
};

// Every endorser of an entry, newest first, a page at a time: the entry's own page shows the newest.
export async function AllEndorsements({ target, entry, searchParams }: Props) {
  const pathname = `${entry.path}/endorsements`;
  const [endorsements, t] = await Promise.all([
    listEndorsements(target, { page: pageNumber(searchParams.page), pageSize: ENDORSEMENTS_PER_PAGE }),
    getTranslations("endorsements"),
  ]);
  return (
    <>
      <CanonicalLink pathname={pathname} searchParams={searchParams} />
      <PageHeader
        title={t("allTitle", { title: entry.title })}
        lead={<EndorsementBalance endorsements={endorsements} />}
      >
        <p className="mt-3">
          <Link href={entry.path}>
            {t(entry.kind === "project" ? "backToProject" : "backToRecommendation")}
          </Link>
        </p>
      </PageHeader>
      {endorsements.items.length > 0 ? (
        <EndorsementList items={endorsements.items} />
      ) : endorsements.total > 0 ? (
        <EmptyState title={t("pastLastPage")}>
          <Link href={hrefWith(pathname, searchParams, { page: undefined })}>{t("firstPage")}</Link>
        </EmptyState>
      ) : null}
      <Pagination
        pathname={pathname}
        searchParams={searchParams}
        page={endorsements.page}
        pageCount={endorsements.pageCount}
        total={endorsements.total}
      />
    </>
  );
}
