/** One entry of localStorage, or null where there is none or storage is blocked (sandboxed frames, some privacy settings). */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
