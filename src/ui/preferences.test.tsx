// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { validConfig } from '../../test/fixtures/config.js'
import { uiRuntimeFor } from '../../test/fixtures/ui-runtime.js'
import { BANNER_STRINGS, DIALOG_STRINGS } from './i18n.js'
import { Preferences } from './preferences.js'

/** The dialog alone, as preact renders it, with a real consent state machine behind it. */
function renderDialog() {
  const { runtime, consent } = uiRuntimeFor(validConfig(), { open: true })
  const decided: string[] = []
  render(
    <Preferences
      runtime={runtime}
      state={consent.$consent.get()}
      t={{ ...BANNER_STRINGS.en, ...DIALOG_STRINGS.en }}
      close={() => decided.push('close')}
      decide={(action) => (action(), decided.push('decide'))}
    />,
  )
  return { consent, decided }
}

const input = (selector: string) => document.querySelector<HTMLInputElement>(selector)!

afterEach(cleanup)

describe('<Preferences>', () => {
  it('names every switch by its category title or vendor name', () => {
    renderDialog()
    expect(screen.getByLabelText(/Advertising/, { selector: 'input' })).toBe(input('input[data-category="advertising"]'))
    expect(screen.getByLabelText(/DMP linking/, { selector: 'input' })).toBe(input('input[data-category="dmp"]'))
    expect(screen.getByLabelText(/Sample Affiliate/, { selector: 'input' })).toBe(input('input[data-vendor="a8"]'))
    expect(screen.getByLabelText(/Sift Science/, { selector: 'input' })).toBe(input('input[data-vendor="sift"]'))
  })

  it('a category switched off disables its vendors, and switched on gives them back as they were', () => {
    renderDialog()
    const category = input('input[data-category="affiliate"]')
    const vendor = input('input[data-vendor="a8"]')
    expect([category.checked, vendor.disabled]).toEqual([false, true])
    fireEvent.click(category)
    expect([category.checked, vendor.disabled, vendor.checked]).toEqual([true, false, true])
    fireEvent.click(vendor)
    fireEvent.click(category)
    fireEvent.click(category)
    // The vendor the visitor switched off stays off when its category comes back.
    expect([vendor.disabled, vendor.checked]).toEqual([false, false])
  })

  it('required categories and their vendors are on and cannot be switched', () => {
    renderDialog()
    expect([input('input[data-category="necessary"]').checked, input('input[data-category="necessary"]').disabled]).toEqual([true, true])
    expect(input('input[data-vendor="sift"]').checked).toBe(true)
    expect(input('input[data-vendor="sift"]').disabled).toBe(true)
  })

  it('opens with focus on its heading, and Tab follows the order on screen: close, links, switches, actions', () => {
    renderDialog()
    const dialog = screen.getByRole('dialog')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: DIALOG_STRINGS.en.dialogTitle }))
    // Nothing jumps the queue with a positive tabindex, so Tab order is document order.
    expect(dialog.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])')).toHaveLength(0)
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href],button,input:not(:disabled),summary')]
    const first = focusable[0]!
    const last = focusable.at(-1)!
    expect(first.getAttribute('data-action')).toBe('close')
    expect(last.getAttribute('data-action')).toBe('save')
    const switches = focusable.filter((element) => element.matches('input'))
    const actions = focusable.filter((element) => element.matches('.actions button'))
    expect(focusable.indexOf(switches.at(-1)!)).toBeLessThan(focusable.indexOf(actions[0]!))
    // The trap: Tab on the last control goes to the first, Shift+Tab on the heading to the last.
    last.focus()
    fireEvent.keyDown(last, { key: 'Tab' })
    expect(document.activeElement).toBe(first)
  })

  it('saves what the switches show, through the consent state machine', () => {
    const { consent, decided } = renderDialog()
    fireEvent.click(input('input[data-category="dmp"]'))
    fireEvent.click(screen.getByRole('button', { name: DIALOG_STRINGS.en.save }))
    expect(decided).toEqual(['decide'])
    expect(consent.$consent.get()).toMatchObject({ decided: true, categories: { dmp: true, advertising: false } })
  })
})
