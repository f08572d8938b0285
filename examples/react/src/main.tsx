/** @jsxImportSource react */
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { ConsentryProvider } from './consent.js'
import { App } from './App.js'

const root = document.getElementById('app')!
const app = (
  <StrictMode>
    <ConsentryProvider>
      <App path={location.pathname} />
    </ConsentryProvider>
  </StrictMode>
)
// server.mjs renders the page for the visitor's stored decision; without it, render here.
if (root.firstElementChild) hydrateRoot(root, app)
else createRoot(root).render(app)
