import sanitizeHtml from 'sanitize-html';

// 招聘简章's rich text (campus issue item 6): the one place brochure HTML is cleaned, on the server,
// before it is stored. What stays is the editor's small subset (paragraphs, headings, emphasis,
// lists, quotes, links, rules); images go through the verified uploads, never through the HTML.

const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s]*$/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // A script's or a style's text is dropped with the element, not left behind as words.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'title'],
  transformTags: {
    a: (tagName, attribs) => {
      // Only a web or mail address: checked here, on the decoded value, as a whitelist.
      const href = attribs.href?.trim();
      const safe: Record<string, string> =
        href && SAFE_HREF.test(href) ? { href, rel: 'noopener noreferrer', target: '_blank' } : {};
      return { tagName, attribs: safe };
    },
  },
  // A link whose address was refused keeps its words but not the link.
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
};

/** The brochure HTML with only the allowed subset left (links open apart, without the opener). */
export function sanitizeBrochureHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The first words of a brochure's text, for lists. */
export function brochureExcerpt(html: string, length = 80): string {
  const text = sanitizeHtml(html.replace(/<\/(p|h2|h3|h4|li|blockquote)>|<br\s*\/?>/gi, ' '), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
