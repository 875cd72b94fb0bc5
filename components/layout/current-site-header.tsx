import { languageNames } from "@/i18n/locale-names";
import { publicOrigin } from "@/lib/public-url";
import { getCurrentUser } from "@/lib/dal";
import { viewerSummary } from "@/lib/viewer";
import { RequestLanguageSwitcher } from "./language-switcher";
import { SiteHeader } from "./site-header";

// The header for whoever sent this request (pages rendered on request).
export async function CurrentSiteHeader() {
  return (
    <SiteHeader
      viewer={viewerSummary(await getCurrentUser())}
      languageSwitcher={<RequestLanguageSwitcher languages={languageNames()} origin={publicOrigin()} />}
    />
  );
}
