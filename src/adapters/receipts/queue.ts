import { createStore, delMany, entries, setMany } from 'idb-keyval'
import type { ConsentReceipt } from '../../core/receipt/types.js'
import { toJson } from '../json/index.js'

/** A receipt in this browser: waiting to be sent, or answered and kept for the visitor to see. */
export interface QueuedReceipt {
  receipt: ConsentReceipt
  sent: boolean
  /** The collector refused it, for these reasons; it is never sent again. */
  rejected?: string[]
}

/** The receipts of some queued items, oldest decision first. */
export const oldestFirst = (items: QueuedReceipt[]) =>
  items.map((item) => item.receipt).sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1))

/** Where receipts wait: IndexedDB, else localStorage, else memory (klaro-style adapter map). */
export interface ReceiptBackend {
  kind: 'indexedDB' | 'localStorage' | 'memory'
  all(): Promise<QueuedReceipt[]>
  put(items: QueuedReceipt[]): Promise<void>
  remove(ids: string[]): Promise<void>
}

function indexedDbBackend(): ReceiptBackend {
  const store = createStore('consentry', 'receipts')
  return {
    kind: 'indexedDB',
    all: async () => (await entries<string, QueuedReceipt>(store)).map(([, item]) => item),
    put: (items) => setMany(items.map((item) => [item.receipt.id, item]), store),
    remove: (ids) => delMany(ids, store),
  }
}

const LOCAL_KEY = 'consentry:receipts'

function localStorageBackend(storage: Storage): ReceiptBackend {
  const read = (): Record<string, QueuedReceipt> => JSON.parse(storage.getItem(LOCAL_KEY) || '{}')
  const write = (map: Record<string, QueuedReceipt>) => storage.setItem(LOCAL_KEY, toJson(map))
  return {
    kind: 'localStorage',
    all: async () => Object.values(read()),
    async put(items) {
      const map = read()
      for (const item of items) map[item.receipt.id] = item
      write(map)
    },
    async remove(ids) {
      const map = read()
      for (const id of ids) delete map[id]
      write(map)
    },
  }
}

export function memoryBackend(): ReceiptBackend {
  const map = new Map<string, QueuedReceipt>()
  return {
    kind: 'memory',
    all: async () => [...map.values()],
    async put(items) {
      for (const item of items) map.set(item.receipt.id, item)
    },
    async remove(ids) {
      for (const id of ids) map.delete(id)
    },
  }
}

/** Proves a backend works here by a write and a read; blocked storage fails one of them. */
async function usable(backend: ReceiptBackend): Promise<boolean> {
  try {
    await backend.all()
    await backend.remove(['consentry-probe'])
    return true
  } catch {
    return false
  }
}

/**
 * The best backend this browser allows. Falling back is said once in the console, because
 * a receipt kept only in memory is lost when the page closes before it is sent.
 */
export async function openReceiptBackend(win: Window, warn: (message: string) => void): Promise<ReceiptBackend> {
  if (win.indexedDB) {
    const idb = indexedDbBackend()
    if (await usable(idb)) return idb
  }
  try {
    const local = localStorageBackend(win.localStorage)
    if (await usable(local)) {
      warn('IndexedDB is not available; consent receipts wait in localStorage until they are sent')
      return local
    }
  } catch {
    // localStorage itself may throw on access when storage is blocked.
  }
  warn('no IndexedDB or localStorage; consent receipts wait in memory and are lost if this page closes before they are sent')
  return memoryBackend()
}
