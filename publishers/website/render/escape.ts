/**
 * HTML escaping for text and double-quoted attribute values. Every character that can end a text run or an
 * attribute (&, <, >, ", ', `) becomes an entity, so escaped output is safe in both places.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }

export const escapeHtml = (value: unknown): string =>
  (typeof value === 'string' ? value : value == null ? '' : String(value)).replace(/[&<>"'`]/g, (ch) => ENTITIES[ch])
