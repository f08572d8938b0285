/** @jsxImportSource preact */
import { render } from 'preact'
import { useStore } from '@nanostores/preact'
import { createConsentry } from 'consentry'
import config from '../../consent.json'

// One instance for the page: created when the module first runs.
const consentry = createConsentry(config)

/** The embed loads only once its vendor is granted; until then nothing is requested from it. */
function VideoEmbed() {
  const granted = useStore(consentry.$granted('video', 'video-host'))
  if (!granted)
    return (
      <div data-testid="video-off">
        <p>Embedded videos are off.</p>
        <button type="button" onClick={() => consentry.show()}>Cookie settings</button>
      </div>
    )
  return <iframe data-testid="video" title="Product video" width="560" height="315" src="https://video.example/embed/demo" />
}

function App() {
  const state = useStore(consentry.$consent)
  return (
    <>
      <main>
        <h1>Home</h1>
        <VideoEmbed />
      </main>
      <footer>
        <p data-testid="decided">{state.decided ? 'You have chosen.' : 'You have not chosen yet.'}</p>
        <button type="button" data-testid="settings" onClick={() => consentry.show()}>Cookie settings</button>
        <button type="button" data-testid="withdraw" onClick={() => consentry.withdraw()}>Withdraw consent</button>
      </footer>
    </>
  )
}

render(<App />, document.getElementById('app')!)
