/**
 * 禁发至 (embargo): no channel receives the item before this instant, whatever its 定时发布 time says.
 * Times are stored as instants (UTC); the admin enters them in Beijing time (the field's default zone).
 */
export function embargoOf(item: { embargoUntil?: string | Date | null }, now = new Date()): Date | null {
  if (!item.embargoUntil) return null
  const until = new Date(item.embargoUntil)
  return Number.isNaN(until.getTime()) || until.getTime() <= now.getTime() ? null : until
}
