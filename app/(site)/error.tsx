"use client";

import { PageHeader } from "@/components/ui/page-header";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <PageHeader
        title="Something went wrong"
        lead="The page could not be shown. Please try again in a moment."
      />
      <button type="button" onClick={reset} className="bg-brand-700 rounded px-4 py-2 font-medium text-white">
        Try again
      </button>
    </>
  );
}
