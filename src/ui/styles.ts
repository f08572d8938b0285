/**
 * The UI's stylesheets, scoped by the shadow root. Sites theme it through the custom
 * properties on :host. Every pair of colours keeps text at 4.5:1 or better. The modal banner
 * is a <dialog> in the top layer, centred by the browser's own dialog styles. Sides are
 * logical (inset-inline, margin-inline), so a right-to-left locale mirrors the layout.
 */
// Rules are joined without line breaks: the browser needs none, and each would cost a byte.

/** The theme's defaults, which a site overrides with the same custom properties on the host element. */
export const THEME_CSS =
  ':host{all:initial;--consentry-bg:#fff;--consentry-fg:#1a1a1a;--consentry-muted:#4a4a4a;--consentry-accent:#0b57d0;--consentry-accent-fg:#fff;--consentry-border:#767676;--consentry-radius:8px;--consentry-font:system-ui,sans-serif}' +
  '@media (prefers-color-scheme:dark){:host{--consentry-bg:#1f1f1f;--consentry-fg:#f2f2f2;--consentry-muted:#c8c8c8;--consentry-accent:#a8c7fa;--consentry-accent-fg:#062e6f;--consentry-border:#9a9a9a}}' +
  'button{font:inherit;cursor:pointer;min-height:44px;min-width:44px;padding:8px 20px;border-radius:var(--consentry-radius);border:2px solid var(--consentry-accent);background:var(--consentry-accent);color:var(--consentry-accent-fg);font-weight:600}' +
  'a{color:inherit;text-decoration:underline;display:inline-block;min-height:24px;line-height:24px}' +
  ':focus-visible{outline:3px solid var(--consentry-accent);outline-offset:2px}'

export const BANNER_CSS = THEME_CSS + 
  '.root{font:15px/1.6 var(--consentry-font);color:var(--consentry-fg)}' +
  '.banner{box-sizing:border-box;background:var(--consentry-bg);color:var(--consentry-fg);border:1px solid var(--consentry-border);position:fixed;z-index:2147483646;inset-inline:0;bottom:0;max-height:60vh;overflow:auto;padding:16px 20px;border-width:1px 0 0;box-shadow:0 -2px 12px #0003}' +
  '.box,.modal{width:min(32rem,100% - 32px);border-width:1px;border-radius:var(--consentry-radius)}' +
  '.box{inset-inline:auto 16px;bottom:16px}' +
  '.modal::backdrop{background:#000a}' +
  'h2{font-size:1.1em;margin:0 0 8px}' +
  'p{margin:0 0 8px;text-wrap:pretty}' +
  ':lang(ja) p{word-break:auto-phrase}' +
  '.note{color:var(--consentry-muted);font-size:.93em}' +
  '.links{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0 0 12px;padding:0}' +
  '.actions{display:flex;flex-wrap:wrap;gap:8px}' +
  'button{flex:1 1 12em}' +
  '.status{position:fixed;z-index:2147483647;top:16px;inset-inline:16px;margin-inline:auto;width:fit-content;padding:8px 16px;border-radius:var(--consentry-radius);background:var(--consentry-fg);color:var(--consentry-bg)}' +
  '.status:empty{padding:0}' +
  '@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}'

/** What only the preferences dialog needs: it loads with the dialog, into the same shadow root. */
export const DIALOG_CSS =
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}' +
  '.close{flex:0 0 auto;padding:0 8px;font-size:1.4em;line-height:1;background:transparent;color:var(--consentry-fg);border-color:var(--consentry-border)}' +
  '.backdrop{position:fixed;z-index:2147483647;inset:0;background:#000a;display:flex;align-items:center;justify-content:center;padding:8px}' +
  '.dialog{box-sizing:border-box;background:var(--consentry-bg);color:var(--consentry-fg);border:1px solid var(--consentry-border);display:flex;flex-direction:column;width:min(640px,100%);max-height:90vh;border-radius:var(--consentry-radius);box-shadow:0 8px 32px #0006}' +
  '.head{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:16px 20px 8px}.head h2{margin:0}' +
  '.body{overflow:auto;padding:0 20px}' +
  '.dialog .actions{padding:12px 20px 16px;border-top:1px solid var(--consentry-border)}' +
  '.category{border-top:1px solid var(--consentry-border);padding:12px 0}' +
  '.row{display:flex;justify-content:space-between;align-items:center;gap:12px}' +
  '.title,.name{font-weight:600}' +
  '.badge{display:inline-block;margin-inline-start:8px;padding:0 8px;border:1px solid currentColor;border-radius:999px;font-size:.8em;font-weight:400}' +
  'input[type=checkbox]{flex:none;appearance:none;width:44px;height:24px;margin:0;cursor:pointer;border:2px solid var(--consentry-border);border-radius:12px;background:radial-gradient(circle at 10px 50%,var(--consentry-border) 6px,#0000 7px) var(--consentry-bg)}' +
  'input:checked{border-color:var(--consentry-accent);background:radial-gradient(circle at calc(100% - 10px) 50%,var(--consentry-accent-fg) 6px,#0000 7px) var(--consentry-accent)}' +
  'input:disabled{cursor:default;border-style:dashed}' +
  '[dir=rtl] input[type=checkbox]{background:radial-gradient(circle at calc(100% - 10px) 50%,var(--consentry-border) 6px,#0000 7px) var(--consentry-bg)}' +
  '[dir=rtl] input:checked{background:radial-gradient(circle at 10px 50%,var(--consentry-accent-fg) 6px,#0000 7px) var(--consentry-accent)}' +
  '.always{color:var(--consentry-muted);font-size:.93em;margin-inline-start:auto}' +
  '@media (forced-colors:active){input[type=checkbox]{appearance:auto}}' +
  'summary{cursor:pointer;min-height:24px;padding:4px 0}' +
  '.language{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px}' +
  'select{font:inherit;min-height:44px;padding:0 8px;color:var(--consentry-fg);background:var(--consentry-bg);border:1px solid var(--consentry-border);border-radius:var(--consentry-radius)}' +
  'ul{margin:0;padding:0;list-style:none}' +
  '.vendor{border:1px solid var(--consentry-border);border-radius:var(--consentry-radius);padding:8px 12px;margin:8px 0}' +
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0;font-size:.93em}' +
  'dt{color:var(--consentry-muted)}' +
  'dd{margin:0}' +
  '@media (max-width:480px){dl{grid-template-columns:1fr}}'

/**
 * Adds a constructable stylesheet: allowed under a strict CSP (no 'unsafe-inline'), which a
 * <style> element is not. Browsers without one (Safari before 16.4) show the UI unstyled but
 * usable: ordinary buttons and links at the end of the page.
 */
export function addStyles(target: ShadowRoot | Document, css: string) {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet]
  } catch {
    // Unstyled but working.
  }
}
