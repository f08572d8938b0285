const INLINE_ID = 'consentry-config'

/** JSON.parse with an error that says where the text came from. */
function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(origin + ' is not valid JSON (' + (error as Error).message + ')')
  }
}

function readInline(doc: Document): { raw: unknown } | null {
  const element = doc.getElementById(INLINE_ID)
  return element && { raw: parseJson(element.textContent || '', '#' + INLINE_ID) }
}

async function readUrl(url: string, fetchImpl: typeof fetch): Promise<{ raw: unknown }> {
  try {
    const response = await fetchImpl(url)
    if (!response.ok) throw new Error('HTTP ' + response.status)
    return { raw: parseJson(await response.text(), url) }
  } catch (error) {
    throw new Error('could not load the config from ' + url + ' (' + (error as Error).message + ')')
  }
}

/**
 * Finds the config: `window.consentryConfig`, then inline JSON `#consentry-config`, then the
 * `data-config` URL of the script tag. Each must come before consentry.js in the page.
 */
export async function loadConfigSource(
  win: Window,
  doc: Document,
  dataConfigUrl: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<{ raw: unknown }> {
  const global = (win as unknown as { consentryConfig?: unknown }).consentryConfig
  if (global !== undefined) return { raw: global }
  const inline = readInline(doc)
  if (inline) return inline
  if (dataConfigUrl) return readUrl(dataConfigUrl, fetchImpl)
  throw new Error('no config (window.consentryConfig, #' + INLINE_ID + ' or data-config)')
}
