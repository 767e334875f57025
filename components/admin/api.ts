import { apiFetch } from "@/components/api-client";

export const adminRequest = <T = unknown>(method: "GET" | "POST" | "PATCH", url: string, body?: unknown): Promise<T> => apiFetch<T>(url, { method, body });
