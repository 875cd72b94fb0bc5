"use client";

import { useEffect } from "react";
import { UNREAD_CHANGED } from "@/components/layout/notifications-link";

// Tells the header's count (components/layout/notifications-link.tsx) what this page just read.
export function UnreadCountAnnouncer({ unread }: { unread: number }) {
  useEffect(() => {
    window.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));
  }, [unread]);
  return null;
}
