import { languageNames } from "@/i18n/locale-names";
import { publicOrigin } from "@/lib/public-url";
import { LanguageSwitcher } from "./language-switcher";
import { SiteHeader } from "./site-header";

// The header of a cached copy, the same for every viewer: the account area is asked for
// from the browser, and the language links carry the copy's query (lib/cached-pages.ts).
export function CachedSiteHeader({ query }: { query: string }) {
  return (
    <SiteHeader
      languageSwitcher={
        <LanguageSwitcher languages={languageNames()} origin={publicOrigin()} query={query} />
      }
    />
  );
}
