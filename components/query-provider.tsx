"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

const makeClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } });
let browserClient: QueryClient | undefined;

/**
 * TanStack Query for the pages that fetch from the browser (home, action, sign-in, account,
 * organise, admin). It is not in the root layout so that read-only pages (statements, chapters)
 * do not download it. One client per browser tab, so its cache survives moving between pages as
 * it did when the provider was at the root; one per request on the server, so nothing is shared.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => (typeof window === "undefined" ? makeClient() : (browserClient ??= makeClient())));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
