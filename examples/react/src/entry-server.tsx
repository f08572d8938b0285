/** @jsxImportSource react */
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { ConsentryProvider } from './consent.js'
import { App } from './App.js'

/** The app's markup for one request, with the decision the visitor's cookie holds. */
export function render(path: string, cookie: string | undefined): string {
  return renderToString(
    <StrictMode>
      <ConsentryProvider cookie={cookie}>
        <App path={path} />
      </ConsentryProvider>
    </StrictMode>,
  )
}
