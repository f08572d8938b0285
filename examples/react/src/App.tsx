/** @jsxImportSource react */
import { useEffect, useState, type MouseEvent } from 'react'
import { useStore } from '@nanostores/react'
import { useConsentry, useGranted } from './consent.js'

const ROUTES = { '/': 'Home', '/shop': 'Shop' } as const
type Route = keyof typeof ROUTES
const routeOf = (path: string): Route => (path in ROUTES ? (path as Route) : '/')

/** The embed loads only once its vendor is granted; until then nothing is requested from it. */
function VideoEmbed() {
  const granted = useGranted('video', 'video-host')
  const consentry = useConsentry()
  if (!granted)
    return (
      <div className="video-off" data-testid="video-off">
        <p>Embedded videos are off.</p>
        <button type="button" onClick={() => consentry.show()}>Cookie settings</button>
      </div>
    )
  return <iframe data-testid="video" title="Product video" width="560" height="315" src="https://video.example/embed/demo" />
}

/** Markup gated the way a tag manager would place it: Consentry's gate activates it, on any route. */
function AdSlot() {
  return (
    <aside>
      <iframe data-testid="ad-frame" title="Advertisement" data-consent="advertising" data-vendor="ad-network" data-src="https://ads.example/frame.html" width="300" height="250" />
      <img data-testid="ad-pixel" data-consent="advertising" data-src="https://ads.example/pixel.gif" alt="" width="1" height="1" />
    </aside>
  )
}

export function App({ path = '/' }: { path?: string }) {
  const consentry = useConsentry()
  const { decided } = useStore(consentry.$consent)
  const [route, setRoute] = useState<Route>(routeOf(path))
  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.pathname))
    addEventListener('popstate', onPop)
    return () => removeEventListener('popstate', onPop)
  }, [])
  const go = (event: MouseEvent<HTMLAnchorElement>, next: Route) => {
    event.preventDefault()
    history.pushState(null, '', next)
    setRoute(next)
  }
  return (
    <>
      <nav>
        {(Object.keys(ROUTES) as Route[]).map((key) => (
          <a key={key} href={key} aria-current={route === key ? 'page' : undefined} onClick={(event) => go(event, key)}>
            {ROUTES[key]}
          </a>
        ))}
      </nav>
      <main>
        <h1>{ROUTES[route]}</h1>
        {route === '/' ? <VideoEmbed /> : <AdSlot />}
      </main>
      <footer>
        <p data-testid="decided">{decided ? 'You have chosen.' : 'You have not chosen yet.'}</p>
        <button type="button" data-testid="settings" onClick={() => consentry.show()}>Cookie settings</button>
        <button type="button" data-testid="withdraw" onClick={() => consentry.withdraw()}>Withdraw consent</button>
      </footer>
    </>
  )
}
