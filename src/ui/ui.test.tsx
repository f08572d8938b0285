// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { fireEvent, waitFor, within } from '@testing-library/preact'
import { validConfig } from '../../test/fixtures/config.js'
import { uiRuntimeFor, type UIRuntimeOptions } from '../../test/fixtures/ui-runtime.js'
import { mountUI } from './index.js'

function setup(options: UIRuntimeOptions = {}) {
  const { runtime, decisions } = uiRuntimeFor(validConfig({ rightsUrl: '/privacy/requests' }), options)
  mountUI(runtime, document)
  const shadow = document.getElementById('consentry-root')!.shadowRoot!
  return { runtime, decisions, shadow, screen: within(shadow as unknown as HTMLElement) }
}

const action = (root: ShadowRoot, name: string) => root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!
const activeIn = (root: ShadowRoot) => root.activeElement as HTMLElement | null

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the banner', () => {
  it('renders into an open shadow root with lang, three equal choices and the links', () => {
    const { shadow, screen } = setup()
    expect(shadow.querySelector('.root')!.getAttribute('lang')).toBe('en')
    const banner = shadow.querySelector('[data-consentry="banner"]')!
    const buttons = ['accept-all', 'reject-all', 'customize'].map((name) => action(shadow, name))
    expect(buttons.map((button) => button.textContent)).toEqual(['Accept all', 'Reject all', 'Customize'])
    // Equal prominence: same element type and the same styling hooks for all three.
    expect(new Set(buttons.map((button) => button.className + '|' + button.getAttribute('style'))).size).toBe(1)
    expect(banner.contains(buttons[1]!)).toBe(true)
    expect(screen.getByText('Privacy policy').getAttribute('href')).toBe('/privacy')
    expect(screen.getByText('External transmission').getAttribute('href')).toBe('/external-transmission')
    expect(screen.getByText('Disclosure and deletion requests').getAttribute('href')).toBe('/privacy/requests')
    expect(banner.textContent).toContain('Purposes: Advertising, Affiliate, DMP linking')
  })

  it('mounts only once', () => {
    const { runtime } = setup()
    mountUI(runtime, document)
    expect(document.querySelectorAll('#consentry-root')).toHaveLength(1)
  })

  it('speaks Japanese', () => {
    const { shadow } = setup({ locale: 'ja' })
    expect(action(shadow, 'accept-all').textContent).toBe('すべて同意する')
    expect(action(shadow, 'reject-all').textContent).toBe('すべて拒否する')
    expect(shadow.querySelector('h2')!.textContent).toBe('Cookie等の利用について')
    expect(shadow.querySelector('.root')!.getAttribute('lang')).toBe('ja')
  })

  it('accept all decides, hides the banner and announces it', async () => {
    const { shadow, decisions } = setup()
    fireEvent.click(action(shadow, 'accept-all'))
    expect(decisions[0]).toMatchObject({ method: 'accept-all', event: 'given' })
    await waitFor(() => expect(shadow.querySelector('[data-consentry="banner"]')).toBeNull())
    expect(shadow.querySelector('[role="status"]')!.textContent).toBe('Your choices have been saved.')
  })

  it('reject all keeps only required categories', async () => {
    const { shadow, runtime } = setup()
    fireEvent.click(action(shadow, 'reject-all'))
    expect(runtime.$consent.get().categories).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: false })
    await waitFor(() => expect(shadow.querySelector('[data-consentry="banner"]')).toBeNull())
  })

  it('tells the visitor which categories GPC keeps off', () => {
    const { shadow } = setup({ gpc: true })
    expect(shadow.querySelector('.note')!.textContent).toContain('Global Privacy Control')
    expect(shadow.querySelector('.note')!.textContent).toContain('Advertising, Affiliate')
    expect(shadow.querySelector('.note')!.textContent).not.toContain('DMP')
  })
})

describe('the preferences dialog', () => {
  async function openDialog(options: Parameters<typeof setup>[0] = {}) {
    const setupResult = setup(options)
    fireEvent.click(action(setupResult.shadow, 'customize'))
    await waitFor(() => expect(setupResult.shadow.querySelector('[data-consentry="preferences"]')).not.toBeNull())
    return { ...setupResult, dialog: setupResult.shadow.querySelector<HTMLElement>('[data-consentry="preferences"]')! }
  }
  const categorySwitch = (root: ShadowRoot, id: string) => root.querySelector<HTMLInputElement>(`input[data-category="${id}"]`)!
  const vendorSwitch = (root: ShadowRoot, id: string) => root.querySelector<HTMLInputElement>(`input[data-vendor="${id}"]`)!

  it('is a labelled modal dialog and takes focus', async () => {
    const { dialog, shadow } = await openDialog()
    expect(dialog.getAttribute('role')).toBe('dialog')
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(shadow.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Cookie settings')
    await waitFor(() => expect(dialog.contains(activeIn(shadow))).toBe(true))
  })

  it('starts optional switches off; required ones are on and locked', async () => {
    const { shadow } = await openDialog()
    expect(categorySwitch(shadow, 'necessary')).toMatchObject({ checked: true, disabled: true })
    for (const id of ['advertising', 'affiliate', 'dmp']) expect(categorySwitch(shadow, id)).toMatchObject({ checked: false, disabled: false })
    expect(categorySwitch(shadow, 'dmp').getAttribute('role')).toBe('switch')
    expect(vendorSwitch(shadow, 'sift')).toMatchObject({ checked: true, disabled: true })
    expect(vendorSwitch(shadow, 'dmp-x')).toMatchObject({ checked: false, disabled: true })
  })

  it('saves categories and vendors as switched', async () => {
    const { shadow, decisions, runtime } = await openDialog()
    fireEvent.click(categorySwitch(shadow, 'affiliate'))
    fireEvent.click(categorySwitch(shadow, 'advertising'))
    await waitFor(() => expect(vendorSwitch(shadow, 'a8').disabled).toBe(false))
    expect(vendorSwitch(shadow, 'a8').checked).toBe(true)
    fireEvent.click(vendorSwitch(shadow, 'a8'))
    fireEvent.click(action(shadow, 'save'))
    expect(decisions[0]).toMatchObject({ method: 'save' })
    expect(runtime.$consent.get().categories).toEqual({ necessary: true, advertising: true, affiliate: true, dmp: false })
    expect(runtime.$consent.get().vendors).toMatchObject({ a8: false, 'ad-network': true })
    await waitFor(() => expect(shadow.querySelector('[data-consentry="preferences"]')).toBeNull())
    expect(shadow.querySelector('[role="status"]')!.textContent).toBe('Your choices have been saved.')
  })

  it('shows vendor details: country name, data items, APPI marks', async () => {
    const { shadow } = await openDialog({ locale: 'ja' })
    const sift = vendorSwitch(shadow, 'sift').closest('li')!
    expect(sift.textContent).toContain('アメリカ合衆国')
    const dmp = vendorSwitch(shadow, 'dmp-x').closest('li')!
    expect(dmp.querySelector('.badge')!.textContent).toBe('個人データと紐付け')
    expect(vendorSwitch(shadow, 'a8').closest('li')!.querySelector('.badge')).toBeNull()
  })

  it('Escape closes without deciding and gives focus back to the opener', async () => {
    const opener = document.createElement('button')
    document.body.append(opener)
    const { dialog, shadow, decisions } = await openDialog({ opener })
    fireEvent.keyDown(dialog, { key: 'Escape' })
    await waitFor(() => expect(shadow.querySelector('[data-consentry="preferences"]')).toBeNull())
    expect(decisions).toEqual([])
    expect(shadow.querySelector('[data-consentry="banner"]')).not.toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(opener))
  })

  it('the close button closes without deciding', async () => {
    const { shadow, decisions } = await openDialog()
    fireEvent.click(action(shadow, 'close'))
    await waitFor(() => expect(shadow.querySelector('[data-consentry="preferences"]')).toBeNull())
    expect(decisions).toEqual([])
  })

  it('Tab from the last control wraps to the first, Shift+Tab from the first to the last', async () => {
    const { dialog, shadow } = await openDialog()
    const save = action(shadow, 'save')
    save.focus()
    fireEvent.keyDown(dialog, { key: 'Tab' })
    expect(activeIn(shadow)).toBe(action(shadow, 'close'))
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true })
    expect(activeIn(shadow)).toBe(save)
  })

  it('keeps the banner out of reach while open', async () => {
    const { shadow } = await openDialog()
    expect(shadow.querySelector('[data-consentry="banner"]')!.hasAttribute('inert')).toBe(true)
  })
})

describe('when the dialog cannot load', () => {
  it('reports it and gives the banner back', async () => {
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void errors.push(args)
    try {
      const { shadow, runtime } = setup({ preferences: () => Promise.reject(new Error('could not load consentry-preferences.js')) })
      fireEvent.click(action(shadow, 'customize'))
      await waitFor(() => expect(runtime.$preferencesOpen.get()).toBe(false))
      expect(shadow.querySelector('[data-consentry="banner"]')!.hasAttribute('inert')).toBe(false)
      expect(String(errors.flat())).toContain('could not load consentry-preferences.js')
    } finally {
      console.error = original
    }
  })
})
