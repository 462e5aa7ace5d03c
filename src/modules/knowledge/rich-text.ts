import sanitizeHtml from 'sanitize-html';

/**
 * The rich text an article body may hold: headings, paragraphs, lists, emphasis and links. Links
 * are https, mailto or tel, or a path on this site; each opens in the same tab (families on phones
 * lose their way in new ones). Everything else is removed, scripts and styles with their content.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // A family page has one h1 (the title): headings typed as h1 become h2, deeper ones h3.
  transformTags: { h1: 'h2', h4: 'h3', h5: 'h3', h6: 'h3', b: 'strong', i: 'em' },
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
};

/** An article body as it may be stored and shown: only the allowed tags, trimmed. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The text of a body without its tags, to tell whether anything readable is left. */
export function plainTextOf(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
