import { describe, expect, it } from 'vitest'
import { insertBlock, linkSelection, prefixLines, renderMarkdown, wrapSelection } from './markdown'

describe('the preview of a plan text', () => {
  it('shows headings, emphasis, lists and tables', () => {
    const html = renderMarkdown('## Uppgifter\n\n**Bygglov** och *tillsyn*\n\n1. Kartlägg\n2. Prioritera\n\n| A | B |\n|---|---|\n| 1 | 2 |\n')
    expect(html).toContain('<h2>Uppgifter</h2>')
    expect(html).toContain('<strong>Bygglov</strong> och <em>tillsyn</em>')
    expect(html).toContain('<ol>\n<li>Kartlägg</li>')
    expect(html).toContain('<table>')
  })
  it('keeps a script probe as text and refuses a javascript: link', () => {
    const html = renderMarkdown('<script>alert(1)</script> [x](javascript:alert(1))')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('href="javascript:')
  })
})

describe('the toolbar', () => {
  it('wraps the selection in bold, or a placeholder when nothing is selected', () => {
    expect(wrapSelection('ett ord här', 4, 7, '**', 'fet')).toEqual({ text: 'ett **ord** här', start: 6, end: 9 })
    expect(wrapSelection('', 0, 0, '*', 'kursiv').text).toBe('*kursiv*')
  })
  it('makes the touched lines a list, numbered lists counting up', () => {
    expect(prefixLines('a\nb\nc', 2, 4, '- ').text).toBe('a\n- b\n- c')
    expect(prefixLines('a\nb', 0, 3, '1. ').text).toBe('1. a\n2. b')
  })
  it('makes the selection a link with the cursor where the address goes', () => {
    const edit = linkSelection('se planen här', 3, 9, 'länk')
    expect(edit.text).toBe('se [planen](https://) här')
    expect(edit.start).toBe(20)
  })
  it('puts a table on lines of its own', () => {
    expect(insertBlock('Text', 4, '| A |\n|---|').text).toBe('Text\n\n| A |\n|---|\n')
  })
})
