"use client";

import { ErrorPanel } from "@/components/layout/error-panel";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}
