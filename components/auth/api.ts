import { ApiError, apiFetch } from "@/components/api-client";

export const sendJson = <T = unknown>(url: string, method: string, body?: unknown): Promise<T> => apiFetch<T>(url, { method, body });

export function retryMinutes(err: unknown): number {
  return err instanceof ApiError && err.retryAfter ? Math.max(1, Math.ceil(err.retryAfter / 60)) : 15;
}
