import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

// An edit page for an entry the viewer may not edit: why, and the way back to it.
export function EditRefused({ reason, href }: { reason: string; href: string }) {
  return (
    <div className="max-w-3xl">
      <PageHeader title="You may not edit this entry" lead={reason} />
      <p>
        <Link href={href}>Back to the entry</Link>
      </p>
    </div>
  );
}
