/**
 * The rules every export and page share so that catalogue text (written by portals, never trusted) cannot
 * act as markup, script or formula where it lands: only http(s) URLs become links, Markdown text is made
 * literal, spreadsheet cells cannot start a formula, and XML text holds only characters XML 1.0 allows.
 * Pure and dependency-free, so the server's exports and the explorer (web/) apply the same rules.
 */

/** The URL, normalised, when it is absolute http(s); undefined for javascript:, data:, ftp: or garbage. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/**
 * A cell that starts with = + - @ tab or carriage return is prefixed with ' (OWASP's CSV injection advice),
 * so a spreadsheet shows it as text instead of running it. Papa's own pattern stops at a line break, so a
 * multi-line "=cmd…" cell would slip through: this one looks only at the first character. Pass it as
 * papaparse's `escapeFormulae`.
 */
export const CSV_FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text in Markdown made literal: HTML's < > & become entities, and the characters that open emphasis,
 * code, links and table cells are escaped; line breaks become spaces, so text cannot start a heading,
 * list or table row of its own.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A link only for http(s) URLs (a javascript: or data: URL stays visible text, never clickable). */
export function markdownLink(label: string, url: string): string {
  const target = httpUrl(url);
  if (!target) return label === url ? markdownText(url) : `${markdownText(label)} (${markdownText(url)})`;
  // URL.href percent-encodes spaces and angle brackets; brackets would end the link target early.
  return `[${markdownText(label)}](${target.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/**
 * Characters outside XML 1.0's Char production: C0 controls but tab, LF and CR; lone surrogates;
 * U+FFFE and U+FFFF. No escape makes them legal, so they are dropped.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlSafeText = (text: string) => text.replace(NOT_XML_CHAR, '');
