/** Markup of the tags a scan finds: where the page wrote them, and their gated form. */
import type { LiveTag } from './report.js'

/**
 * Whether the page's HTML writes this element with this src ("&" may be spelt "&amp;"). A URL
 * that only appears inside an inline snippet which creates the element does not count.
 */
export function inMarkup(html: string, tag: string, src: string): boolean {
  const spellings = [src, src.replaceAll('&', '&amp;')].map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`<${tag}\\b[^>]*\\ssrc\\s*=\\s*["']?(?:${spellings.join('|')})["'\\s>]`, 'i').test(html)
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** The gated form of a live tag: inert until the vendor (or, without one, a category) is granted. */
export function gatedMarkup({ tag, src, type }: LiveTag, category: string, vendor: string | null): string {
  const attributes = `data-consent="${escapeAttribute(category)}"` + (vendor ? ` data-vendor="${escapeAttribute(vendor)}"` : '') + ` data-src="${escapeAttribute(src)}"`
  // The gated script's own type moves to data-type, or a module would run as a classic script.
  const ownType = type && !/^(text|application)\/(java|ecma)script$/i.test(type.trim()) ? ` data-type="${escapeAttribute(type)}"` : ''
  if (tag === 'script') return `<script type="text/plain" ${attributes}${ownType}></script>`
  if (tag === 'iframe') return `<iframe ${attributes}></iframe>`
  return `<img ${attributes} alt="">`
}
