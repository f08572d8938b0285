import type { Locale } from '../../core/config/types.js'
import * as ja from '../../locales/ja.js'
import * as en from '../../locales/en.js'
import type { LocaleText } from '../../locales/index.js'
import { words } from '../words.js'
import type { DisclosureRow, DisclosureSection } from '../../core/disclosure/index.js'

// Column heads and marks of the external-transmission notice (src/locales).
const WORDS = { ja: ja.disclosure, en: en.disclosure }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/** Only web and relative links become links; anything else (javascript:, data:) stays text. */
const safeUrl = (url: string | null) => (url && /^(https?:\/\/|\/|\.{0,2}\/|#)/i.test(url) ? url : null)

const link = (url: string | null, label: string) => {
  const safe = safeUrl(url)
  return safe ? '<a href="' + escapeHtml(safe) + '">' + escapeHtml(label) + '</a>' : ''
}

function countryCell(row: DisclosureRow, t: LocaleText['disclosure']) {
  const parts = [escapeHtml(row.country)]
  if (row.foreignSystemInfoUrl) parts.push(link(row.foreignSystemInfoUrl, t.foreignSystem))
  if (row.recipientMeasures) parts.push(escapeHtml(t.measures + ': ' + row.recipientMeasures))
  return parts.filter(Boolean).join('<br>')
}

/**
 * The notice's own look, in the page (the disclosure chunk adopts it) and in the static page.
 * Wide: every category's table has the same fixed columns, so they line up. Narrow (its
 * container under 40rem): each recipient is a card of labelled rows. Sites change it through
 * the custom properties named here, set on any ancestor.
 */
export const DISCLOSURE_CSS = `
.consentry-disclosure{container-type:inline-size;color:var(--consentry-disclosure-fg,inherit)}
.consentry-disclosure table{width:100%;table-layout:fixed;border-collapse:collapse;margin:0 0 var(--consentry-disclosure-gap,24px)}
.consentry-disclosure caption{text-align:start;font-weight:600;padding:0 0 8px}
.consentry-disclosure th,.consentry-disclosure td{border:1px solid var(--consentry-disclosure-border,#767676);padding:var(--consentry-disclosure-padding,8px);text-align:start;vertical-align:top;overflow-wrap:anywhere}
.consentry-disclosure thead th{background:var(--consentry-disclosure-head-bg,#f2f2f2);color:var(--consentry-disclosure-head-fg,#1a1a1a)}
.consentry-disclosure .c-recipient{width:17%}.consentry-disclosure .c-items,.consentry-disclosure .c-purpose{width:19%}.consentry-disclosure .c-country{width:21%}.consentry-disclosure .c-linked{width:10%}.consentry-disclosure .c-policy{width:14%}
@container (max-width:40rem){
.consentry-disclosure table,.consentry-disclosure caption,.consentry-disclosure tbody,.consentry-disclosure tr,.consentry-disclosure th,.consentry-disclosure td{display:block;width:auto}
.consentry-disclosure thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.consentry-disclosure tbody tr{border:1px solid var(--consentry-disclosure-border,#767676);border-radius:var(--consentry-disclosure-radius,8px);margin:0 0 12px;padding:4px 0}
.consentry-disclosure tbody th,.consentry-disclosure td{border:0;padding:4px var(--consentry-disclosure-padding,12px)}
.consentry-disclosure tbody th{font-size:1.05em;border-bottom:1px solid var(--consentry-disclosure-border,#767676);padding-bottom:8px;margin-bottom:4px}
.consentry-disclosure td{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:8px}
.consentry-disclosure td::before{content:attr(data-label);font-weight:600;color:var(--consentry-disclosure-label,inherit)}
}
`

const COLUMNS = ['recipient', 'items', 'purpose', 'country', 'linked', 'policy']

/**
 * The notice as HTML tables, one per category, each with a caption and header cells, so
 * screen readers announce every cell with its row and column. Each cell also carries its
 * column's name, which the narrow layout shows as the row's label.
 */
export function disclosureHtml(sections: DisclosureSection[], locale: Locale): string {
  const t = words(WORDS, 'disclosure', locale)
  const heads = [t.recipient, t.dataItems, t.purpose, t.country, t.linked, t.policy]
  // One element inside, so the narrow layout's grid gets two items: the label and the content.
  const cell = (column: number, html: string) => '<td data-label="' + escapeHtml(heads[column]!) + '"><div>' + html + '</div></td>'
  return (
    '<div class="consentry-disclosure" lang="' + locale + '">' +
    sections
      .map(
        ({ category, rows }) =>
          '<table data-category="' + escapeHtml(category.id) + '"><caption>' + escapeHtml(category.title + (category.required ? t.required : '')) + '</caption>' +
          '<colgroup>' + COLUMNS.map((name) => '<col class="c-' + name + '">').join('') + '</colgroup>' +
          '<thead><tr>' + heads.map((head) => '<th scope="col">' + escapeHtml(head) + '</th>').join('') + '</tr></thead><tbody>' +
          rows
            .map(
              (row) =>
                '<tr data-vendor="' + escapeHtml(row.id) + '"><th scope="row">' + escapeHtml(row.recipient) + '</th>' +
                cell(1, escapeHtml(row.dataItems.join(t.separator))) +
                cell(2, escapeHtml(row.purpose)) +
                cell(3, countryCell(row, t)) +
                cell(4, row.linksToPersonalData ? t.yes : t.no) +
                cell(5, link(row.policyUrl, t.policy)) + '</tr>',
            )
            .join('') +
          '</tbody></table>',
      )
      .join('') +
    '</div>'
  )
}

/** A whole static page around the tables, for sites that publish the notice server-side. */
export function disclosurePage(sections: DisclosureSection[], locale: Locale): string {
  const t = words(WORDS, 'disclosure', locale)
  return (
    '<!doctype html>\n<html lang="' + locale + '">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>' + escapeHtml(t.title) + '</title>\n' +
    '<style>body{margin:0 auto;max-width:960px;padding:0 16px;font-family:system-ui,sans-serif;line-height:1.7}' + DISCLOSURE_CSS.trim() + '</style>\n</head>\n<body>\n' +
    '<h1>' + escapeHtml(t.title) + '</h1>\n' + disclosureHtml(sections, locale) + '\n</body>\n</html>\n'
  )
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
const mdLink = (url: string | null, label: string) => {
  const safe = safeUrl(url)
  return safe ? '[' + mdCell(label) + '](' + safe.replace(/[()\s]/g, encodeURIComponent) + ')' : ''
}

/** The notice as Markdown: a heading and a table per category. */
export function disclosureMarkdown(sections: DisclosureSection[], locale: Locale): string {
  const t = words(WORDS, 'disclosure', locale)
  const heads = [t.recipient, t.dataItems, t.purpose, t.country, t.linked, t.policy]
  let out = '# ' + t.title + '\n'
  for (const { category, rows } of sections) {
    out += '\n## ' + mdCell(category.title + (category.required ? t.required : '')) + '\n\n'
    out += '| ' + heads.join(' | ') + ' |\n|' + heads.map(() => ' --- |').join('') + '\n'
    for (const row of rows) {
      const country = [mdCell(row.country), mdLink(row.foreignSystemInfoUrl, t.foreignSystem), row.recipientMeasures ? mdCell(t.measures + ': ' + row.recipientMeasures) : '']
      out +=
        '| ' +
        [mdCell(row.recipient), mdCell(row.dataItems.join(t.separator)), mdCell(row.purpose), country.filter(Boolean).join('<br>'), row.linksToPersonalData ? t.yes : t.no, mdLink(row.policyUrl, t.policy)].join(' | ') +
        ' |\n'
    }
  }
  return out
}
