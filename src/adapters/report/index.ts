/** How Consentry reports a failure: on the console, never as an exception into the page. */
export const reportError = (error: unknown) => console.error('consentry:', error)
