/// <reference types="node" />
/**
 * The built collector command (dist/collector/main.js) as an operator runs it: killed with
 * SIGKILL while receipts pour in, every receipt it had acknowledged must be in the database
 * afterwards; its warnings at start; its one-command SQLite backup.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { makeReceipt } from '../collector/receipts.js'

const MAIN = fileURLToPath(new URL('../../dist/collector/main.js', import.meta.url))
const CLIENTS = 8
const BATCH = 10
// The kill comes after this many acknowledged requests, with the other clients' requests in flight.
const KILL_AFTER = 60

// What each process printed before it was listening.
const startOutput = new WeakMap<ChildProcess, string>()

function startCollector(env: Record<string, string>, tracedTo?: string): Promise<{ child: ChildProcess; url: string }> {
  // Under strace, the collector's disk syncs are written to a file (strace is installed by .ci/run).
  const [command, args] = tracedTo
    ? ['strace', ['-f', '-qq', '-e', 'trace=fsync,fdatasync', '-o', tracedTo, process.execPath, MAIN]]
    : [process.execPath, [MAIN]]
  const child = spawn(command, args, {
    // Its own process group, so that a traced collector is stopped together with its strace.
    detached: !!tracedTo,
    env: { ...process.env, PORT: '0', ALLOWED_ORIGINS: 'https://shop.example', RATE_LIMIT_PER_MINUTE: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const seen = (chunk: Buffer) => {
      output += chunk
      const match = /(http:\/\/[^\s/]+)\/receipts/.exec(output)
      if (match) {
        startOutput.set(child, output)
        resolve({ child, url: match[1]! })
      }
    }
    child.stdout!.on('data', seen)
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => reject(new Error('collector exited with ' + code + ': ' + output)))
  })
}

/** Posts from several clients until the collector dies; returns the ids it acknowledged as stored. */
async function loadUntilKilled(child: ChildProcess, url: string): Promise<string[]> {
  const acknowledged: string[] = []
  let answered = 0
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const receipts = Array.from({ length: BATCH }, () => makeReceipt())
        try {
          const response = await fetch(url + '/receipts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ receipts }) })
          const answer = await response.json()
          if (response.status !== 200 || answer.stored !== BATCH) throw new Error('unexpected answer ' + response.status + ' ' + JSON.stringify(answer))
          acknowledged.push(...receipts.map((receipt) => receipt.id))
          if (++answered === KILL_AFTER) child.kill('SIGKILL')
        } catch (error) {
          // After the kill, requests fail: that is the end of this client.
          if (answered >= KILL_AFTER) return
          throw error
        }
      }
    }),
  )
  await exited
  return acknowledged
}

describe('kill -9 under load', () => {
  it('SQLite: every acknowledged receipt is stored', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'consentry-kill-'))
    try {
      const file = join(directory, 'receipts.db')
      const { child, url } = await startCollector({ SQLITE_PATH: file, DATABASE_URL: '' })
      const acknowledged = await loadUntilKilled(child, url)
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER * BATCH)
      const db = new Database(file, { readonly: true })
      const stored = new Set((db.prepare('SELECT id FROM receipts').pluck().all() as string[]))
      db.close()
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([])
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })

  it.skipIf(!process.env.DATABASE_URL)('PostgreSQL: every acknowledged receipt is stored', async () => {
    // A database of its own, dropped afterwards.
    const name = 'consentry_kill_' + randomBytes(5).toString('hex')
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await admin.connect()
    await admin.query('CREATE DATABASE ' + name)
    const own = new URL(process.env.DATABASE_URL!)
    own.pathname = '/' + name
    try {
      const { child, url } = await startCollector({ DATABASE_URL: own.href })
      const acknowledged = await loadUntilKilled(child, url)
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER * BATCH)
      const client = new pg.Client({ connectionString: own.href })
      await client.connect()
      const stored = new Set((await client.query('SELECT id FROM receipts')).rows.map((row) => row.id as string))
      await client.end()
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([])
    } finally {
      await admin.query('DROP DATABASE IF EXISTS ' + name + ' WITH (FORCE)')
      await admin.end()
    }
  })
})

describe('durable acknowledgements', () => {
  it('SQLite syncs to disk before each answer: 20 acknowledged POSTs one after another, at least 20 syncs', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'consentry-sync-'))
    const trace = join(directory, 'syncs.txt')
    const { child, url } = await startCollector({ SQLITE_PATH: join(directory, 'receipts.db'), DATABASE_URL: '' }, trace)
    try {
      // Syncs before the first POST (opening the database) are not counted.
      const before = readFileSync(trace, 'utf8').split('\n').filter((line) => /fsync|fdatasync/.test(line)).length
      for (let index = 0; index < 20; index++) {
        const response = await fetch(url + '/receipts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ receipts: [makeReceipt()] }) })
        expect(await response.json()).toMatchObject({ stored: 1 })
      }
      const syncs = readFileSync(trace, 'utf8').split('\n').filter((line) => /fsync|fdatasync/.test(line)).length - before
      expect(syncs).toBeGreaterThanOrEqual(20)
    } finally {
      process.kill(-child.pid!, 'SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      rmSync(directory, { recursive: true, force: true })
    }
  })
})

describe('the collector command', () => {
  it('warns at start when no origin may post, and backs SQLite up in one command while running', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'consentry-command-'))
    const file = join(directory, 'receipts.db')
    const { child, url } = await startCollector({ SQLITE_PATH: file, DATABASE_URL: '', ALLOWED_ORIGINS: '' })
    let stderr = ''
    child.stderr!.on('data', (chunk) => (stderr += chunk))
    try {
      const response = await fetch(url + '/receipts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ receipts: [makeReceipt()] }) })
      expect(await response.json()).toMatchObject({ stored: 1 })
      const backup = join(directory, 'backup.db')
      const output = execFileSync(process.execPath, [MAIN, 'backup', backup], { env: { ...process.env, SQLITE_PATH: file, DATABASE_URL: '' }, encoding: 'utf8' })
      expect(output).toContain('(1 receipts)')
      const db = new Database(backup, { readonly: true })
      expect(db.prepare('SELECT count(*) FROM receipts').pluck().get()).toBe(1)
      db.close()
    } finally {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      rmSync(directory, { recursive: true, force: true })
    }
    expect(stderr + startOutput.get(child)).toMatch(/warning: ALLOWED_ORIGINS is empty/)
  })
})
