// Rows read by id (`WHERE id IN (…)` keeps no order) put back in the order of `ids`,
// which a sorted or ranked query found first; a row gone in between is left out.
export function inOrderOf<Row extends { id: string }>(ids: readonly string[], rows: readonly Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
