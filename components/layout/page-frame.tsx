import type { ReactNode } from "react";

// The header and the main landmark the skip link (app/layout.tsx) jumps to. Every
// page has both; the header depends on the viewer, so the layouts below the root
// render it: app/[locale]/(site)/layout.tsx for the viewer of the request, app/[locale]/cached/ for
// the kind of viewer its copies are for.
export function PageFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      {header}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
