import { URL_ATTRIBUTES } from './elements.js'
import type { Masker } from './mask.js'

/** Where a string of markup stands between calls: inside a raw-text element (document.write). */
interface Position {
  open: string
}

// Elements whose content is text to the parser: tags inside them are not markup.
const RAW_TEXT = /^(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)$/
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g

const quote = (value: string) => '"' + value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"'

/**
 * Rewrites markup before the browser parses it, so held elements are inert as soon as they
 * exist: each start tag of an element that loads something is parsed alone in an inert
 * template, held there, and written back. Everything else stays byte for byte.
 */
export function holdMarkup(win: Window, masker: Masker, holdParsed: (element: Element) => boolean, heldInto: (target: Node) => void) {
  const page = win as unknown as typeof globalThis
  const doc = win.document
  const template = page.Document.prototype.createElement.call(doc, 'template') as HTMLTemplateElement
  const setInnerHTML = Object.getOwnPropertyDescriptor(page.Element.prototype, 'innerHTML')!.set!

  function rewriteTag(tag: string): string {
    setInnerHTML.call(template, tag)
    const element = template.content.firstElementChild
    if (!element || !holdParsed(element)) return tag
    return '<' + element.localName + [...element.attributes].map((attribute) => ' ' + attribute.name + '=' + quote(attribute.value)).join('') + '>'
  }

  function rewrite(markup: string, position: Position = { open: '' }): string {
    let out = ''
    let index = 0
    const lower = markup.toLowerCase()
    while (index < markup.length) {
      if (position.open) {
        const end = lower.indexOf('</' + position.open, index)
        if (end < 0) return out + markup.slice(index)
        out += markup.slice(index, end)
        index = end
        position.open = ''
      }
      TOKEN.lastIndex = index
      const match = TOKEN.exec(markup)
      if (!match) return out + markup.slice(index)
      const name = match[1]?.toLowerCase()
      out += markup.slice(index, match.index) + (name && name in URL_ATTRIBUTES && match[0].includes('=') ? rewriteTag(match[0]) : match[0])
      index = match.index + match[0].length
      if (name && RAW_TEXT.test(name)) position.open = name
    }
    return out
  }

  // Trusted Types objects pass through untouched unless something in them is held.
  const rewriteValue = (value: unknown, target?: Node) => {
    const text = String(value)
    const rewritten = rewrite(text)
    if (rewritten === text) return value
    if (target) heldInto(target)
    return rewritten
  }
  // Text set inside a script, style or other raw-text element is code or text, not markup.
  const isMarkupTarget = (target: { localName?: string }) => !RAW_TEXT.test(target.localName ?? '')

  for (const proto of [page.Element.prototype, page.ShadowRoot?.prototype]) {
    masker.wrapSetter(proto, 'innerHTML', (target, value, nativeSet) => nativeSet(isMarkupTarget(target) ? rewriteValue(value, target) : value))
    masker.wrapMethod(proto, 'setHTMLUnsafe', (target, args, native) => native(rewriteValue(args[0], target), ...args.slice(1)))
  }
  masker.wrapSetter(page.Element.prototype, 'outerHTML', (target, value, nativeSet) => nativeSet(rewriteValue(value, target)))
  masker.wrapMethod(page.Element.prototype, 'insertAdjacentHTML', (target, args, native) => {
    const intoTarget = /^(afterbegin|beforeend)$/i.test(String(args[0]))
    return native(args[0], intoTarget && !isMarkupTarget(target) ? args[1] : rewriteValue(args[1], target))
  })
  masker.wrapMethod(page.Range.prototype, 'createContextualFragment', (_target, args, native) => native(rewriteValue(args[0])))

  // A document being written keeps its place across calls: a script opened in one call may close in the next.
  const positions = new WeakMap<Document, Position>()
  for (const name of ['write', 'writeln'])
    masker.wrapMethod(page.Document.prototype, name, (target: Document, args, native) => {
      let position = positions.get(target)
      if (!position) positions.set(target, (position = { open: '' }))
      // Joined, as the browser itself would: one call's strings are one piece of markup.
      return native(rewrite(args.map(String).join(''), position))
    })

  return { rewrite, rewriteValue }
}
