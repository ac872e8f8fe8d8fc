/**
 * Escaping for the audit pages. Every string that came from the input goes through one
 * of these before it reaches the page, so no input can open a tag or leave an attribute.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for element content and for quoted attribute values alike.
 *
 * @example
 * escapeHtml('<b title="x">A&B</b>') // '&lt;b title=&quot;x&quot;&gt;A&amp;B&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * ` name="value"` with the value escaped; nothing when the value is null, so optional
 * attributes are written in one call.
 *
 * @example
 * attr('data-speaker', '허성욱') // ' data-speaker="허성욱"'
 * attr('title', null) // ''
 */
export function attr(name: string, value: string | number | null): string {
  return value === null ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}
