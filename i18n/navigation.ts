import { createNavigation } from "next-intl/navigation";
import { routing } from "@/i18n/routing";

// Links and redirects that keep the viewer's language: use these, not next/link's.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
