// Reading and changing cells of an XLSX the way a user in Excel would (jszip: the file stays
// the workbook the server wrote, only the cells change): numbers as values, text as inline
// strings. Sheets are found by name in xl/workbook.xml, in the order libxlsxwriter writes them.

import JSZip from 'jszip'

async function sheetPath(zip, sheetName) {
  const workbook = await zip.file('xl/workbook.xml').async('string')
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])
  const index = names.indexOf(sheetName)
  if (index < 0) throw new Error(`no sheet "${sheetName}" (${names.join(', ')})`)
  return `xl/worksheets/sheet${index + 1}.xml`
}

const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The text of a cell ("" when empty): shared strings resolved, numbers as written. */
export async function cellText(bytes, sheetName, ref) {
  const zip = await JSZip.loadAsync(bytes)
  const sheet = await zip.file(await sheetPath(zip, sheetName)).async('string')
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>(.*?)</c>)`).exec(sheet)
  if (!cell || !cell[2]) return ''
  const value = /<v>(.*?)<\/v>/.exec(cell[2])?.[1] ?? /<t[^>]*>(.*?)<\/t>/.exec(cell[2])?.[1] ?? ''
  if (/t="s"/.test(cell[1])) {
    const shared = await zip.file('xl/sharedStrings.xml').async('string')
    const strings = [...shared.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => [...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join(''))
    return unescapeXml(strings[Number(value)] ?? '')
  }
  return unescapeXml(value)
}

/** All the file's text (shared strings), for "is the definition in it". */
export async function sharedStrings(bytes) {
  const zip = await JSZip.loadAsync(bytes)
  return unescapeXml(await zip.file('xl/sharedStrings.xml').async('string'))
}

/** The workbook with the cells set: { D2: 17, E2: 'tio' } — numbers as numbers, strings as typed text. */
export async function setCells(bytes, sheetName, cells) {
  const zip = await JSZip.loadAsync(bytes)
  const path = await sheetPath(zip, sheetName)
  let sheet = await zip.file(path).async('string')
  for (const [ref, value] of Object.entries(cells)) {
    const re = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>.*?</c>)`)
    if (!re.test(sheet)) throw new Error(`no cell ${ref} in ${sheetName}`)
    sheet = sheet.replace(re, (_m, attrs) => {
      const kept = attrs.replace(/\s*t="[^"]*"/, '').replace(/\/$/, '')
      return typeof value === 'number'
        ? `<c r="${ref}"${kept}><v>${value}</v></c>`
        : `<c r="${ref}"${kept} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`
    })
  }
  zip.file(path, sheet)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
