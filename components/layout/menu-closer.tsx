"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The header stays mounted across client-side navigations, so a menu opened to follow a link
 * would still cover the new page: close the enclosing <details> whenever the address changes.
 */
export function MenuCloser() {
  const ref = useRef<HTMLSpanElement>(null);
  const pathname = usePathname();
  const search = useSearchParams()?.toString() ?? "";
  const address = `${pathname}?${search}`;
  // Not on mount: a menu opened before hydration finished must stay open.
  const shown = useRef(address);
  useEffect(() => {
    if (shown.current === address) return;
    shown.current = address;
    const menu = ref.current?.closest("details");
    if (menu) menu.open = false;
  }, [address]);
  return <span ref={ref} hidden />;
}
