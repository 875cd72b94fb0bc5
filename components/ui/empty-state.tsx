import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="status" className="rounded-lg border border-dashed border-gray-300 p-8 text-center">
      <p className="font-medium text-gray-900">{title}</p>
      {children ? <div className="mt-2 text-sm text-gray-700">{children}</div> : null}
    </div>
  );
}
