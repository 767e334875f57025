import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query-provider";

/** Account settings and my RSVPs fetch from the browser; read-only pages do without TanStack Query. */
export default function MeLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
