import type { Locale } from '../../core/config/types.js'
import type { DisclosureRow, DisclosureSection } from '../../core/disclosure/index.js'

// Column heads and marks of the external-transmission notice.
const WORDS = {
  ja: {
    title: '利用者情報の外部送信について',
    recipient: '送信先',
    dataItems: '送信される情報',
    purpose: '利用目的',
    country: '所在国',
    linked: '個人データとの紐付け',
    policy: 'プライバシーポリシー',
    foreignSystem: '外国の個人情報保護制度',
    measures: '講じている措置',
    required: '（サイトの提供に必要なため、同意の有無にかかわらず送信します）',
    yes: 'あり',
    no: 'なし',
    separator: '、',
  },
  en: {
    title: 'External transmission of user information',
    recipient: 'Recipient',
    dataItems: 'Information sent',
    purpose: 'Purpose',
    country: 'Country',
    linked: 'Linked to personal data',
    policy: 'Privacy policy',
    foreignSystem: "Country's data protection system",
    measures: 'Measures taken',
    required: ' (needed to provide the site, so sent without asking for consent)',
    yes: 'Yes',
    no: 'No',
    separator: ', ',
  },
} satisfies Record<Locale, Record<string, string>>

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/** Only web and relative links become links; anything else (javascript:, data:) stays text. */
const safeUrl = (url: string | null) => (url && /^(https?:\/\/|\/|\.{0,2}\/|#)/i.test(url) ? url : null)

const link = (url: string | null, label: string) => {
  const safe = safeUrl(url)
  return safe ? '<a href="' + escapeHtml(safe) + '">' + escapeHtml(label) + '</a>' : ''
}

function countryCell(row: DisclosureRow, t: (typeof WORDS)['ja']) {
  const parts = [escapeHtml(row.country)]
  if (row.foreignSystemInfoUrl) parts.push(link(row.foreignSystemInfoUrl, t.foreignSystem))
  if (row.recipientMeasures) parts.push(escapeHtml(t.measures + ': ' + row.recipientMeasures))
  return parts.filter(Boolean).join('<br>')
}

/**
 * The notice as HTML tables, one per category, each with a caption and header cells, so
 * screen readers announce every cell with its row and column.
 */
export function disclosureHtml(sections: DisclosureSection[], locale: Locale): string {
  const t = WORDS[locale]
  const heads = [t.recipient, t.dataItems, t.purpose, t.country, t.linked, t.policy]
  return (
    '<div class="consentry-disclosure" lang="' + locale + '">' +
    sections
      .map(
        ({ category, rows }) =>
          '<table data-category="' + escapeHtml(category.id) + '"><caption>' + escapeHtml(category.title + (category.required ? t.required : '')) + '</caption>' +
          '<thead><tr>' + heads.map((head) => '<th scope="col">' + escapeHtml(head) + '</th>').join('') + '</tr></thead><tbody>' +
          rows
            .map(
              (row) =>
                '<tr data-vendor="' + escapeHtml(row.id) + '"><th scope="row">' + escapeHtml(row.recipient) + '</th>' +
                '<td>' + escapeHtml(row.dataItems.join(t.separator)) + '</td>' +
                '<td>' + escapeHtml(row.purpose) + '</td>' +
                '<td>' + countryCell(row, t) + '</td>' +
                '<td>' + (row.linksToPersonalData ? t.yes : t.no) + '</td>' +
                '<td>' + link(row.policyUrl, t.policy) + '</td></tr>',
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
  const t = WORDS[locale]
  return (
    '<!doctype html>\n<html lang="' + locale + '">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>' + escapeHtml(t.title) + '</title>\n</head>\n<body>\n' +
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
  const t = WORDS[locale]
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
