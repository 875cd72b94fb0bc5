import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type ClientArea } from "@/i18n/client-messages";

// Gives the client components below the words of their area (i18n/client-messages.ts).
// A nested provider replaces its parent's messages, so each area's list includes the site's.
export async function ClientMessages({ area, children }: { area: ClientArea; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={clientMessages(messages, area)}>{children}</NextIntlClientProvider>
  );
}
