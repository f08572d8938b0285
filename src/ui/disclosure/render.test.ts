import { describe, expect, it } from 'vitest'
import { disclosureHtml, disclosureMarkdown } from './render.js'
import type { DisclosureSection } from '../../core/disclosure/index.js'

const hostile: DisclosureSection[] = [
  {
    category: { id: 'ads', title: '<img src=x onerror=alert(1)>', description: '', required: false },
    rows: [
      {
        id: 'x" onmouseover="alert(1)',
        recipient: 'A & B <Ads>',
        dataItems: ['a|b'],
        purpose: "it's \"quoted\"",
        country: 'Japan',
        linksToPersonalData: false,
        policyUrl: 'javascript:alert(1)',
        foreignSystemInfoUrl: null,
        recipientMeasures: null,
      },
    ],
  },
]

describe('the disclosure renderers', () => {
  it('escape every text and attribute, and never link a script URL', () => {
    const html = disclosureHtml(hostile, 'en')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('data-vendor="x&quot; onmouseover=&quot;alert(1)"')
    expect(html).toContain('A &amp; B &lt;Ads&gt;')
    expect(html).toContain('it&#39;s &quot;quoted&quot;')
  })

  it('keep Markdown tables intact', () => {
    const markdown = disclosureMarkdown(hostile, 'en')
    expect(markdown).toContain('a\\|b')
    expect(markdown).not.toContain('javascript:')
  })

  it('use header cells with scope for rows and columns, and a caption per table', () => {
    const html = disclosureHtml(hostile, 'ja')
    expect(html).toMatch(/<table data-category="ads"><caption>/)
    expect(html.match(/<th scope="col">/g)).toHaveLength(6)
    expect(html).toContain('<th scope="row">')
  })
})
