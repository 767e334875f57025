/**
 * A town name typed without JavaScript → its coordinates, from the offline gazetteer.
 * TODO(disc-ui): delegate to disc-api's gazetteer once lib/discovery exports it.
 */
export async function resolvePlace(_name: string): Promise<{ lat: number; lng: number; place: string } | null> {
  return null;
}
