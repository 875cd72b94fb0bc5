import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

// A visitor's part: how to take part. Rendered on the server and in the entry's island.
export function SignInToEndorse({ path }: { path: string }) {
  const t = useTranslations("endorsements");
  return (
    <p className="mt-3">
      {t.rich("signInToEndorse", {
        link: (text) => <Link href={`/login?callbackUrl=${encodeURIComponent(path)}`}>{text}</Link>,
      })}
    </p>
  );
}
