// Number and date formats of the UI. Swedish (design.md section 4): decimal comma, a thin
// no-break space (U+202F) between thousands, a real minus sign (U+2212), a no-break space before
// "%" — `8,46 %`, `12 345`, `−14`. English: `8.46 %`, `12,345`, `−14`. Dates are ISO 8601 in both.
// Pure functions of (value, locale) so that vitest can check them without a DOM.

export type NumberLocale = 'sv' | 'en'

export const THIN_SPACE = '\u202f'
export const NBSP = '\u00a0'
export const MINUS = '\u2212'

/** Rounds half away from zero (as the published gap tables do), to `decimals` places. */
export function roundHalfAway(value: number, decimals = 0): number {
  const f = 10 ** decimals
  const r = Math.round(Math.abs(value) * f + 1e-9) / f
  return value < 0 ? -r : r
}

/** `1234.5` → `1 234,5` (sv) or `1,234.5` (en); `decimals` fixed places (default: 0 for integers, up to 2). */
export function formatNumber(value: number | null | undefined, loc: NumberLocale = 'sv', decimals?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–'
  const places = decimals ?? (Number.isInteger(value) ? 0 : 2)
  const rounded = roundHalfAway(value, places)
  let [whole, frac] = Math.abs(rounded).toFixed(places).split('.')
  if (decimals === undefined && frac) frac = frac.replace(/0+$/, '')
  const group = loc === 'sv' ? THIN_SPACE : ','
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)
  const sign = rounded < 0 ? MINUS : ''
  return sign + whole + (frac ? (loc === 'sv' ? ',' : '.') + frac : '')
}

/** A signed whole number for gap tables: `−14`, `9`, `0`. */
export function formatGap(value: number | null | undefined, loc: NumberLocale = 'sv'): string {
  return formatNumber(value === null || value === undefined ? value : roundHalfAway(value), loc, 0)
}

/** `8.456` (already in percent) → `8,46 %`. */
export function formatPercent(percent: number | null | undefined, loc: NumberLocale = 'sv', decimals = 2): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return '–'
  return formatNumber(percent, loc, decimals) + NBSP + '%'
}

/** A fraction (0.026) as percent: `2,6 %`. */
export function formatFraction(fraction: number | null | undefined, loc: NumberLocale = 'sv', decimals = 1): string {
  if (fraction === null || fraction === undefined) return '–'
  return formatPercent(fraction * 100, loc, decimals)
}

/** ISO 8601 date (YYYY-MM-DD) of a Date or an ISO string; '–' when absent or invalid. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '–'
  if (typeof value === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(value)
    return m ? m[1] : '–'
  }
  if (Number.isNaN(value.getTime())) return '–'
  const p = (n: number) => String(n).padStart(2, '0')
  return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`
}

/** ISO date and time to the minute: `2025-03-14 09:05`. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–'
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value)
  return m ? `${m[1]} ${m[2]}` : formatDate(value)
}

/** Reads a number typed the Swedish or the English way: `1 234,5`, `1234.5`, `−3`, `8,46 %`. Null if not a number. */
export function parseNumber(text: string): number | null {
  let s = text.trim().replace(/%$/, '').trim()
  s = s.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/^[\u2212\u2013]/, '-')
  if (s === '') return null
  if (s.includes(',') && s.includes('.')) s = s.replace(/,/g, '') // 1,234.5
  else s = s.replace(',', '.')
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return null
  return Number(s)
}

/** The sign class of a gap for colouring: shortage (< −0.5), surplus (> 0.5) or balanced. */
export function gapClass(value: number | null | undefined): 'shortage' | 'surplus' | 'balanced' {
  if (value === null || value === undefined) return 'balanced'
  const r = roundHalfAway(value)
  return r < 0 ? 'shortage' : r > 0 ? 'surplus' : 'balanced'
}
