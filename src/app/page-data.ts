import { data } from 'react-router';
import { NotFoundError } from '../platform/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that cannot be an id is a page that does not exist, not a server error. */
export function requireUuid(id: string | undefined): string {
  if (!id || !UUID.test(id)) throw data(null, { status: 404 });
  return id;
}

/** Runs a lookup; "no such thing" becomes the 404 page. */
export async function orNotFound<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup();
  } catch (error) {
    if (NotFoundError.is(error)) throw data(null, { status: 404 });
    throw error;
  }
}

/** A map link that needs no script or embedded map: OpenStreetMap at the place. */
export function mapHref(latitude: number | null, longitude: number | null, address: string): string {
  if (latitude !== null && longitude !== null) {
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}
