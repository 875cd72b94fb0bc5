import "server-only";
import { errorResponse } from "@/lib/api/error";
import { sharedCacheControl } from "@/lib/http-cache";
import { stringify } from "csv-stringify/sync";
import { invalidFiltersMessage } from "@/lib/lists/define";
import {
  readCityList,
  readOrganisationList,
  readPartnershipList,
  readProjectList,
  readRecommendationList,
} from "@/lib/lists/read";
import {
  organisationBatches,
  partnershipBatches,
  projectBatches,
  recommendationBatches,
} from "@/lib/queries/exports";
import { countryBatches, designationBatches } from "@/lib/queries/place-exports";
import { searchParamsOf, type SearchParams } from "@/lib/search-params";
import {
  organisationColumns,
  partnershipColumns,
  projectColumns,
  recommendationColumns,
  type CsvColumn,
} from "./csv-columns";
import { publicOrigin } from "@/lib/public-url";
import { countryColumns, countryRecord, designationColumns, designationRecord } from "./place-records";
import { organisationRecord, partnershipRecord, projectExportRecord, recommendationRecord } from "./records";
import { batchStream } from "./stream";

// The CSV and JSON downloads of each list: the page's filters read from the same URL
// parameters by the same function, the page's order, every page of it.
type Batches<Item> = AsyncGenerator<Item[]> | { invalid: string[] };
type Download<Item, Rec> = {
  name: string;
  // The rows, or the filters that are not valid: a download never ignores one.
  batches: (params: SearchParams) => Promise<Batches<Item>>;
  record: (item: Item, origin: string) => Rec;
  columns: CsvColumn<Rec>[];
};

export type DownloadFormat = "csv" | "json";

const contentTypes: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

function downloadRoute<Item, Rec>(download: Download<Item, Rec>) {
  return (format: DownloadFormat) => async (request: Request) => {
    const origin = publicOrigin();
    const params = searchParamsOf(new URL(request.url).searchParams);
    const batches = await download.batches(params);
    // An integrator must not take the whole list for the filtered one.
    if ("invalid" in batches) return errorResponse(400, invalidFiltersMessage(params, batches.invalid));
    const records = (items: Item[]) => items.map((item) => download.record(item, origin));
    const body =
      format === "csv"
        ? batchStream(batches, {
            // The byte-order mark makes spreadsheet programs read the file as UTF-8.
            head: stringify([download.columns.map(([header]) => header)], { bom: true }),
            encode: (items) =>
              stringify(
                records(items).map((record) => download.columns.map(([, value]) => value(record))),
                // Cells a spreadsheet would run as formulas (=, +, -, @) are quoted with an apostrophe.
                { escape_formulas: true },
              ),
            tail: "",
          })
        : batchStream(batches, {
            head: "[\n",
            encode: (items, index) =>
              (index ? ",\n" : "") +
              records(items)
                .map((record) => JSON.stringify(record))
                .join(",\n"),
            tail: "\n]\n",
          });
    const filename = `asem-${download.name}-${new Date().toISOString().slice(0, 10)}.${format}`;
    return new Response(body, {
      headers: {
        "Content-Type": contentTypes[format],
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": sharedCacheControl,
      },
    });
  };
}

// A list's download: its filters read as its page reads them, then every batch of its rows.
function filtered<Filters, Item>(
  read: (params: SearchParams) => Promise<{ filters: Filters; invalid: string[] }>,
  batches: (filters: Filters) => AsyncGenerator<Item[]>,
) {
  return async (params: SearchParams): Promise<Batches<Item>> => {
    const { filters, invalid } = await read(params);
    return invalid.length ? { invalid } : batches(filters);
  };
}

export const projectDownload = downloadRoute({
  name: "projects",
  batches: filtered(readProjectList, projectBatches),
  record: projectExportRecord,
  columns: projectColumns,
});

export const recommendationDownload = downloadRoute({
  name: "recommendations",
  batches: filtered(readRecommendationList, recommendationBatches),
  record: recommendationRecord,
  columns: recommendationColumns,
});

export const partnershipDownload = downloadRoute({
  name: "partnerships",
  batches: filtered(readPartnershipList, partnershipBatches),
  record: partnershipRecord,
  columns: partnershipColumns,
});

export const organisationDownload = downloadRoute({
  name: "organisations",
  batches: filtered(readOrganisationList, organisationBatches),
  record: organisationRecord,
  columns: organisationColumns,
});

export const designationDownload = downloadRoute({
  name: "culture-cities",
  batches: filtered(readCityList, designationBatches),
  record: designationRecord,
  columns: designationColumns,
});

export const countryDownload = downloadRoute({
  name: "countries",
  batches: async () => countryBatches(),
  record: countryRecord,
  columns: countryColumns,
});
