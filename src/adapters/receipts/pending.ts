/** Set in localStorage while receipts wait, so the next page view knows to load the receipts chunk. */
export const PENDING_KEY = 'consentry:pending'
