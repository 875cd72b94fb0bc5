import type { ReactNode } from "react";

export function PageHeader({
  title,
  lead,
  children,
}: {
  title: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="mb-6 border-b border-gray-200 pb-4">
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-gray-700">{lead}</p> : null}
      {children}
    </header>
  );
}
