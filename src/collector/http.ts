/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  response.end(JSON.stringify(body))
}

/**
 * Reads a request body up to `limit` bytes. A larger body is read to its end but thrown
 * away (so the client gets to see the 413), unless it goes on past ten times the limit.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (size > limit * 10) request.destroy()
    })
    request.on('end', () => {
      if (size > limit) reject(new HttpError(413, 'body is larger than ' + limit + ' bytes'))
      else resolve(Buffer.concat(chunks).toString('utf8'))
    })
    request.on('error', reject)
  })
}

/** Per-client token buckets: `perMinute` requests a minute, refilled continuously. */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const refillPerMs = perMinute / 60_000
  return {
    /** Milliseconds to wait before the next request is allowed; 0 when allowed now. */
    take(client: string): number {
      const time = now()
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: time }
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * refillPerMs)
      bucket.at = time
      buckets.set(client, bucket)
      // Forget idle clients, so the map cannot grow without bound.
      if (buckets.size > 10_000) for (const [key, value] of buckets) if (value.tokens >= perMinute) buckets.delete(key)
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return 0
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs)
    },
  }
}
