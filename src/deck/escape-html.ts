// The one HTML escape of the engine: text and attribute values written into the page.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const RE_HTML_SPECIAL = /[&<>"']/g;

/** Safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(RE_HTML_SPECIAL, (c) => HTML_ESCAPES[c]);
}
