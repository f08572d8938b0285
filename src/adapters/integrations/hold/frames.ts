import type { Masker } from './mask.js'

/** Set on every held realm: a srcdoc frame's first script asks its parent to hold it too. */
const ADOPT = Symbol.for('consentry.adopt')
const BOOTSTRAP = '<script>parent[Symbol.for("consentry.adopt")]?.(window)</script>'

// Where a page puts frames into the document by hand.
const INSERTIONS: Array<[string, string]> = [
  ['Node', 'appendChild'],
  ['Node', 'insertBefore'],
  ['Node', 'replaceChild'],
  ['Element', 'append'],
  ['Element', 'prepend'],
  ['Element', 'before'],
  ['Element', 'after'],
  ['Element', 'replaceWith'],
  ['Element', 'insertAdjacentElement'],
]

/**
 * Same-origin child frames get the same holding before the page can reach their window:
 * when a frame is inserted and when the page asks for its window or document, and, for srcdoc
 * markup (held as any markup), before its first script runs.
 */
export function watchFrames(realm: Window, masker: Masker, adopt: (child: Window | null) => void, rewriteValue: (value: unknown) => unknown) {
  const page = realm as unknown as typeof globalThis & Record<symbol, unknown>
  const FramePrototype = page.HTMLIFrameElement.prototype
  const frameWindow = Object.getOwnPropertyDescriptor(FramePrototype, 'contentWindow')!.get!
  const adoptFrame = (frame: HTMLIFrameElement) => adopt(frameWindow.call(frame) as Window | null)
  const framesIn = (nodes: unknown[]) =>
    nodes.flatMap((node) =>
      node instanceof page.HTMLIFrameElement ? [node] : node instanceof page.Element || node instanceof page.DocumentFragment ? [...(node as ParentNode).querySelectorAll('iframe')] : [],
    )

  Object.defineProperty(page, ADOPT, { value: adopt })
  for (const name of ['contentWindow', 'contentDocument'])
    masker.wrapGetter(FramePrototype, name, (frame, nativeGet) => {
      adoptFrame(frame)
      return nativeGet()
    })
  for (const [type, name] of INSERTIONS)
    masker.wrapMethod((page as unknown as Record<string, { prototype: object }>)[type]!.prototype, name, (_target, args, native) => {
      // Found before the call: an inserted fragment is empty after it.
      const frames = framesIn(args)
      const result = native(...args)
      frames.forEach(adoptFrame)
      return result
    })
  masker.wrapSetter(FramePrototype, 'srcdoc', (_frame, value, nativeSet) => nativeSet(BOOTSTRAP + rewriteValue(value)))
  masker.wrapMethod(page.Element.prototype, 'setAttribute', (element, args, native) =>
    native(...(element instanceof page.HTMLIFrameElement && String(args[0]).toLowerCase() === 'srcdoc' ? [args[0], BOOTSTRAP + rewriteValue(args[1])] : args)),
  )
  return adoptFrame
}
