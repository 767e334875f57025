import { apiFetch } from "@/components/api-client";

export const sendJson = <T = unknown>(url: string, method: string, body?: unknown): Promise<T> => apiFetch<T>(url, { method, body });
