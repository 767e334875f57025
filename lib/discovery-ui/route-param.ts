/** A dynamic route segment as text; a malformed escape is just a slug that matches nothing (404, not 500). */
export function routeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
