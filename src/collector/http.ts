/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isIPv4, isIPv6 } from 'node:net'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** The client went away before its body was complete: one log line, no answer to send. */
export class AbortedUpload extends Error {
  constructor() {
    super('the client closed the connection before the body was complete')
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
    // A request stream fails only when its connection does ("aborted", ECONNRESET).
    request.on('error', () => settle(new AbortedUpload()))
    request.on('close', () => settle(new AbortedUpload()))
  })
}

/** Per-client token buckets: `perMinute` requests a minute, refilled continuously, for at most `maxClients` clients at once. */
export function createRateLimiter(perMinute: number, { now = Date.now, maxClients = 100_000 }: { now?: () => number; maxClients?: number } = {}) {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const refillPerMs = perMinute / 60_000
  let prunedAt = now()
  const prune = (time: number) => {
    prunedAt = time
    for (const [key, value] of buckets) if (value.tokens + (time - value.at) * refillPerMs >= perMinute) buckets.delete(key)
  }
  return {
    /** Milliseconds to wait before the next request is allowed; 0 when allowed now. */
    take(client: string): number {
      const time = now()
      // Forget clients whose bucket has refilled, at most once a minute, so the map stays small.
      if (time - prunedAt > 60_000) prune(time)
      let bucket = buckets.get(client)
      if (!bucket) {
        if (buckets.size >= maxClients) prune(time)
        // Still full (a flood of addresses): the longest-known client is forgotten, so memory stays bounded.
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!)
        bucket = { tokens: perMinute, at: time }
        buckets.set(client, bucket)
      }
      // A clock set back refills nothing (and takes nothing away).
      bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, time - bucket.at) * refillPerMs)
      bucket.at = time
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return 0
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs)
    },
    /** Like take, without using a token: how long this client must wait before the next one. */
    waiting(client: string): number {
      const bucket = buckets.get(client)
      if (!bucket) return 0
      const tokens = Math.min(perMinute, bucket.tokens + Math.max(0, now() - bucket.at) * refillPerMs)
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / refillPerMs)
    },
    get size() {
      return buckets.size
    },
  }
}

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
/** An IPv4 address written as IPv6 ("::ffff:192.0.2.1") in its IPv4 form; any other as it is. */
export const plainAddress = (address: string) => (address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address)

/**
 * The client's address: the socket's, or where the socket is a trusted proxy, the last
 * address in X-Forwarded-For that is not itself a trusted proxy.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: ReadonlySet<string>): string {
  const remote = plainAddress(request.socket.remoteAddress ?? 'unknown')
  const forwarded = request.headers['x-forwarded-for']
  if (!trustedProxies.has(remote) || !forwarded) return remote
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').map((hop) => plainAddress(hop.trim()))
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index]!
    if (!isIPv4(hop) && !isIPv6(hop)) return remote
    if (!trustedProxies.has(hop)) return hop
  }
  return hops[0] ?? remote
}

/** The key a client is limited by: its IPv4 address, or its IPv6 /64 (one subscriber's whole network). */
export function limiterKey(address: string): string {
  if (!isIPv6(address)) return address
  const [head = '', tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') && tail ? tail.split(':') : []
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':') + '::/64'
}
