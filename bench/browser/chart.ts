/** A PNG bar chart of the medians: an SVG drawn by hand, photographed in the same Chromium. */
import type { Browser } from 'playwright-core'

export interface Panel {
  title: string
  unit: string
  bars: Array<{ name: string; value: number | null }>
}

const COLORS = ['#0b7a53', '#5470c6', '#d08a2e', '#a04f9d']
const WIDTH = 440
const BAR = 22
const LABEL = 150

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

function panelSvg(panel: Panel, x: number, y: number) {
  const most = Math.max(...panel.bars.map((bar) => bar.value ?? 0), 1e-9)
  const room = WIDTH - LABEL - 70
  const bars = panel.bars.map((bar, index) => {
    const top = y + 30 + index * (BAR + 8)
    const length = bar.value === null ? 0 : Math.max(1, (bar.value / most) * room)
    const shown = bar.value === null ? 'n/a' : `${+bar.value.toFixed(bar.value < 10 ? 2 : 0)} ${panel.unit}`
    return `<text x="${x + LABEL - 8}" y="${top + 16}" text-anchor="end">${escape(bar.name)}</text>
      <rect x="${x + LABEL}" y="${top}" width="${length}" height="${BAR}" fill="${COLORS[index % COLORS.length]}"/>
      <text x="${x + LABEL + length + 6}" y="${top + 16}">${escape(shown)}</text>`
  })
  return `<text x="${x}" y="${y + 16}" font-weight="bold">${escape(panel.title)}</text>${bars.join('')}`
}

/** Lays the panels out two per row and writes the PNG to `file`. */
export async function writeChart(browser: Browser, title: string, panels: Panel[], file: string) {
  const height = (panels[0]?.bars.length ?? 0) * (BAR + 8) + 50
  const rows = Math.ceil(panels.length / 2)
  const svgWidth = WIDTH * 2 + 40
  const svgHeight = rows * height + 50
  const body = panels.map((panel, index) => panelSvg(panel, 20 + (index % 2) * WIDTH, 40 + Math.floor(index / 2) * height)).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${svgWidth}" height="${svgHeight}" font-family="sans-serif" font-size="13">
    <rect width="100%" height="100%" fill="#fff"/><text x="20" y="24" font-size="16" font-weight="bold">${escape(title)}</text>${body}</svg>`
  const page = await browser.newPage({ viewport: { width: svgWidth, height: svgHeight } })
  try {
    await page.setContent(`<body style="margin:0">${svg}</body>`)
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: svgWidth, height: svgHeight } })
  } finally {
    await page.close()
  }
}
