/**
 * A description's Markdown as safe HTML: marked (CommonMark + GFM, well kept, small) renders with raw HTML
 * escaped, then DOMPurify (the sanitizer OWASP recommends) removes anything active that is left:
 * javascript: and data: links, event handlers, scripts. Loaded on demand (import()) so neither is in the first page's JavaScript.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Portal descriptions break lines where they mean them. Raw HTML in a description is shown as text, never
// parsed (the recorded portals send none; this also keeps the browser from even seeing an onerror=).
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: { html: ({ text }) => escapeHtml(text) },
});

const purifier = DOMPurify(window);
// Links open in a new tab without handing the portal page a reference to ours.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return purifier.sanitize(html, {
    // Images would load from third-party hosts (tracking, mixed content); forms and styles change the page.
    FORBID_TAGS: ['img', 'style', 'form', 'input', 'button', 'iframe', 'svg', 'math'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}
