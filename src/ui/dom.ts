/**
 * An element with attributes and children: for the parts of the UI written as plain DOM
 * (the banner, so a first visit loads no framework, and the visitor's record).
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const created = doc.createElement(tag)
  for (const name in attributes) created.setAttribute(name, attributes[name]!)
  created.append(...children)
  return created
}
