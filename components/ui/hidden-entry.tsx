import { PageHeader } from "./page-header";

// Shown at the address of an entry that moderation hid: the reason, never the content.
export function HiddenEntry({ kind, reason }: { kind: "project" | "recommendation"; reason: string | null }) {
  return (
    <PageHeader
      title={`This ${kind} has been hidden`}
      lead={`The portal's moderators hid this ${kind}${reason ? `: ${reason}` : "."}`}
    />
  );
}
