/**
 * Wrapped browser functions must look native to the page: the same name and length, no
 * `prototype`, and a `toString` that prints the original's source ("[native code]").
 */
export interface Masker {
  /** Makes `replacement` pass for `original` and returns it. */
  mask<T extends Function>(original: Function, replacement: T): T
}

const masks = new WeakMap<Function, Function>()
let installed = false

export function createMasker(win: Window): Masker {
  const FunctionPrototype = (win as unknown as { Function: FunctionConstructor }).Function.prototype
  const defineProperty = Object.defineProperty
  const mask = <T extends Function>(original: Function, replacement: T): T => {
    masks.set(replacement, original)
    defineProperty(replacement, 'name', { value: original.name, configurable: true })
    defineProperty(replacement, 'length', { value: original.length, configurable: true })
    return replacement
  }
  if (!installed) {
    installed = true
    const nativeToString = FunctionPrototype.toString
    // A method, not a function expression: methods have no `prototype`, like native functions.
    const { toString } = {
      toString(this: Function) {
        return nativeToString.call(masks.get(this) || this)
      },
    }
    FunctionPrototype.toString = mask(nativeToString, toString)
  }
  return { mask }
}
