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
  const search = useSearchParams()?.toString();
  useEffect(() => {
    const menu = ref.current?.closest("details");
    if (menu) menu.open = false;
  }, [pathname, search]);
  return <span ref={ref} hidden />;
}
