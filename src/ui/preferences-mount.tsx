import { render } from 'preact'
import { DIALOG_STRINGS } from './i18n.js'
import { words } from './words.js'
import { Preferences } from './preferences.js'
import type { RenderPreferences } from './runtime.js'
import { addStyles, DIALOG_CSS } from './styles.js'

const styled = new WeakSet<Node>()

/** The preferences chunk's export: preact, the dialog, its words and its styles. */
export const renderPreferences: RenderPreferences = (slot, props) => {
  const shadow = slot.getRootNode() as ShadowRoot
  if (!styled.has(shadow)) {
    styled.add(shadow)
    addStyles(shadow, DIALOG_CSS)
  }
  render(props && <Preferences {...props} t={{ ...props.t, ...words(DIALOG_STRINGS, 'dialog', props.runtime.locale) }} />, slot)
}
