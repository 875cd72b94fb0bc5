import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

// The account pages' forms translate in the browser: they get the accounts' words.
export default function AccountsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="accounts">{children}</ClientMessages>;
}
