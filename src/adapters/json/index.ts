/**
 * JSON.stringify as it was when this chunk loaded, writing arrays as arrays even on pages
 * that give Array.prototype a toJSON (Prototype.js 1.6 does, and JSON.stringify then writes
 * every array as a string). The replacer sees the original value through its holder.
 */
const stringify = JSON.stringify
const isArray = Array.isArray

export function toJson(value: unknown, indent?: number): string {
  return stringify(
    value,
    function (this: Record<string, unknown>, key: string, converted: unknown) {
      const original = this[key]
      return isArray(original) ? [...original] : converted
    },
    indent,
  )
}
