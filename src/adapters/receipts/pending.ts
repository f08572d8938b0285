/** Set in localStorage while receipts wait, so the next page view knows to load the receipts chunk. */
export const PENDING_KEY = 'consentry:pending'
/** Set while the collector has yet to re-set the latest decision's cookie (Safari caps the script's at seven days). */
export const COOKIE_WAITING_KEY = 'consentry:cookie-waiting'
