import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";

// A visitor's part: how to take part. Rendered on the server and in the entry's island.
export function SignInToEndorse({ path }: { path: string }) {
  const t = useTranslations("endorsements");
  // Back to the entry in the language it was read in.
  const back = getPathname({ href: path, locale: useLocale() });
  return (
    <p className="mt-3">
      {t.rich("signInToEndorse", {
        link: (text) => <Link href={`/login?callbackUrl=${encodeURIComponent(back)}`}>{text}</Link>,
      })}
    </p>
  );
}
