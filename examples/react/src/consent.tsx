/** @jsxImportSource react */
import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from '@nanostores/react'
import { createConsentry, type ConsentryInstance } from 'consentry'
import config from '../../consent.json'

const ConsentryContext = createContext<ConsentryInstance | null>(null)

/**
 * Starts Consentry once for the app. In the browser a second call (StrictMode, hot reload)
 * returns the instance already running; on the server each request gets its own instance,
 * which reads the visitor's decision from the request's Cookie header.
 */
export function ConsentryProvider({ cookie, children }: { cookie?: string; children: ReactNode }) {
  const [consentry] = useState(() => createConsentry(config, { cookie }))
  return <ConsentryContext.Provider value={consentry}>{children}</ConsentryContext.Provider>
}

export function useConsentry(): ConsentryInstance {
  const consentry = useContext(ConsentryContext)
  if (!consentry) throw new Error('useConsentry() needs a <ConsentryProvider> above it')
  return consentry
}

/** Whether `category` (and `vendor`, when named) is granted; re-renders when that changes. */
export function useGranted(category: string, vendor?: string): boolean {
  return useStore(useConsentry().$granted(category, vendor))
}
