/**
 * Wrapped browser functions must look native to the page: the same name and length, no
 * `prototype`, and a `toString` that prints the original's source ("[native code]").
 */
export interface Masker {
  /** Makes `replacement` pass for `original` and returns it. */
  mask<T extends Function>(original: Function, replacement: T): T
  /** Replaces the setter of `name` on `proto`, keeping the property's descriptor. */
  wrapSetter(proto: object | undefined, name: string, set: (target: any, value: unknown, nativeSet: (value: unknown) => void) => void): void
  /** Replaces the getter of `name` on `proto`, keeping the property's descriptor. */
  wrapGetter(proto: object | undefined, name: string, get: (target: any, nativeGet: () => unknown) => unknown): void
  /** Replaces the method `name` on `proto`; `call` gets the native method bound to `this`. */
  wrapMethod(proto: object | undefined, name: string, call: (target: any, args: unknown[], native: (...args: unknown[]) => unknown) => unknown): void
  /** Replaces the constructor `name` on `win`: same prototype, statics and `instanceof`. */
  wrapConstructor(name: string, construct: (args: unknown[], native: (...args: unknown[]) => object) => object): void
}

const masks = new WeakMap<Function, Function>()
// One per realm: each same-origin frame has a Function.prototype of its own.
const installed = new WeakSet<object>()

export function createMasker(win: Window): Masker {
  const page = win as unknown as typeof globalThis
  const FunctionPrototype = page.Function.prototype
  const { defineProperty, getOwnPropertyDescriptor, getOwnPropertyDescriptors, setPrototypeOf, getPrototypeOf } = Object
  const mask = <T extends Function>(original: Function, replacement: T): T => {
    // A wrapper of a wrapper still prints the browser's own source.
    masks.set(replacement, masks.get(original) || original)
    defineProperty(replacement, 'name', { value: original.name, configurable: true })
    defineProperty(replacement, 'length', { value: original.length, configurable: true })
    return replacement
  }
  if (!installed.has(FunctionPrototype)) {
    installed.add(FunctionPrototype)
    const nativeToString = FunctionPrototype.toString
    // A method, not a function expression: methods have no `prototype`, like native functions.
    const { toString } = {
      toString(this: Function) {
        return nativeToString.call(masks.get(this) || this)
      },
    }
    FunctionPrototype.toString = mask(nativeToString, toString)
  }
  return {
    mask,
    wrapSetter(proto, name, set) {
      const descriptor = proto && getOwnPropertyDescriptor(proto, name)
      const nativeSet = descriptor?.set
      if (!nativeSet) return
      const replacement = getOwnPropertyDescriptor(
        {
          set [name](value: unknown) {
            set(this, value, (value) => nativeSet.call(this, value))
          },
        },
        name,
      )!.set!
      defineProperty(proto, name, { ...descriptor, set: mask(nativeSet, replacement) })
    },
    wrapGetter(proto, name, get) {
      const descriptor = proto && getOwnPropertyDescriptor(proto, name)
      const nativeGet = descriptor?.get
      if (!nativeGet) return
      const replacement = getOwnPropertyDescriptor(
        {
          get [name]() {
            return get(this, () => nativeGet.call(this))
          },
        },
        name,
      )!.get!
      defineProperty(proto, name, { ...descriptor, get: mask(nativeGet, replacement) })
    },
    wrapMethod(proto, name, call) {
      const native = proto && (getOwnPropertyDescriptor(proto, name)?.value as Function | undefined)
      if (typeof native !== 'function') return
      const replacement = {
        [name](this: unknown, ...args: unknown[]) {
          return call(this, args, (...given) => native.apply(this, given))
        },
      }[name]!
      ;(proto as Record<string, unknown>)[name] = mask(native, replacement)
    },
    wrapConstructor(name, construct) {
      const Native = (page as unknown as Record<string, (new (...args: unknown[]) => object) | undefined>)[name]
      if (typeof Native !== 'function') return
      // A function, not a method: it must be callable with `new`.
      const Replacement = function (this: unknown, ...args: unknown[]) {
        // Without `new`, the browser's own TypeError.
        if (!new.target) return (Native as unknown as Function).apply(this, args)
        return construct(args, (...given) => Reflect.construct(Native, given, new.target))
      }
      const statics = getOwnPropertyDescriptors(Native) as Record<string, PropertyDescriptor>
      for (const key of ['name', 'length']) delete statics[key]
      defineProperty(Replacement, 'prototype', statics.prototype!)
      delete statics.prototype
      for (const key of Reflect.ownKeys(statics)) defineProperty(Replacement, key, statics[key as string]!)
      setPrototypeOf(Replacement, getPrototypeOf(Native))
      defineProperty(Native.prototype, 'constructor', { ...getOwnPropertyDescriptor(Native.prototype, 'constructor'), value: Replacement })
      const where = getOwnPropertyDescriptor(page, name)!
      defineProperty(page, name, { ...where, value: mask(Native, Replacement) })
    },
  }
}
