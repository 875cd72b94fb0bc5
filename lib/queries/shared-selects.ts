// Selects that several domains' reads share, so that what a view shows of a thing is said once.

// A status change, of a recommendation or of a pairing.
export const statusChangeFields = {
  id: true,
  fromStatus: true,
  toStatus: true,
  changedAt: true,
  note: true,
} as const;

// A city as maps and lists place it.
export const cityPlaceSelect = {
  slug: true,
  name: true,
  nativeName: true,
  latitude: true,
  longitude: true,
  country: { select: { code: true, name: true } },
} as const;
