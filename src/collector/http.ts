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
 * Reads a request body up to `limit` bytes. A larger body is no longer kept: it is read to its
 * end and thrown away (so the client gets to see the 413), unless it goes on past ten times the
 * limit, when the connection is cut. Settles exactly once, also when the client goes away.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (error: Error | null, text = '') => {
      if (settled) return
      settled = true
      if (error) reject(error)
      else resolve(text)
    }
    const tooLarge = () => new HttpError(413, 'body is larger than ' + limit + ' bytes')
    const declared = Number(request.headers['content-length'])
    if (declared > limit * 10) {
      // Far too large to read through: answer at once and close the connection after the answer.
      return settle(new HttpError(413, 'body is larger than ' + limit + ' bytes', { Connection: 'close' }))
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (size > limit * 10) {
        settle(tooLarge())
        request.destroy()
      }
    })
    request.on('end', () => settle(size > limit ? tooLarge() : null, Buffer.concat(chunks).toString('utf8')))
    request.on('error', (error) => settle(error))
    request.on('close', () => settle(new Error('the client closed the connection before the body was complete')))
  })
}

/** Per-client token buckets: `perMinute` requests a minute, refilled continuously. */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const refillPerMs = perMinute / 60_000
  let prunedAt = now()
  return {
    /** Milliseconds to wait before the next request is allowed; 0 when allowed now. */
    take(client: string): number {
      const time = now()
      // Forget clients whose bucket has refilled, at most once a minute, so the map stays small.
      if (time - prunedAt > 60_000) {
        prunedAt = time
        for (const [key, value] of buckets) if (value.tokens + (time - value.at) * refillPerMs >= perMinute) buckets.delete(key)
      }
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: time }
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * refillPerMs)
      bucket.at = time
      buckets.set(client, bucket)
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return 0
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs)
    },
  }
}
