// The plan's texts are Markdown (CommonMark with tables), as the server's report reads them with
// md4c (report/user_text.hpp). The preview uses markdown-it with raw HTML off, so what a user
// types is never markup of its own; markdown-it refuses javascript:, vbscript: and data: links.
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: false, linkify: false, typographer: false })

/** The text as safe HTML for the preview. */
export function renderMarkdown(text: string): string {
  return md.render(text)
}

export interface Edit {
  text: string
  /** The selection after the edit. */
  start: number
  end: number
}

/** Wraps the selection in `mark` (** for bold, * for italic); an empty selection gets `placeholder`. */
export function wrapSelection(text: string, start: number, end: number, mark: string, placeholder: string): Edit {
  const chosen = text.slice(start, end) || placeholder
  return { text: text.slice(0, start) + mark + chosen + mark + text.slice(end), start: start + mark.length, end: start + mark.length + chosen.length }
}

/** Makes the selection (or `placeholder`) a link to be completed: [text](https://). */
export function linkSelection(text: string, start: number, end: number, placeholder: string): Edit {
  const words = text.slice(start, end) || placeholder
  const link = `[${words}](https://)`
  const cursor = start + link.length - 1 // after "https://", where the address goes
  return { text: text.slice(0, start) + link + text.slice(end), start: cursor, end: cursor }
}

/** Puts `prefix` before every line the selection touches ("## ", "- ", "1. "): numbered lists count up. */
export function prefixLines(text: string, start: number, end: number, prefix: string): Edit {
  const from = text.lastIndexOf('\n', start - 1) + 1
  const toBreak = text.indexOf('\n', end)
  const to = toBreak < 0 ? text.length : toBreak
  const lines = text.slice(from, to).split('\n')
  const numbered = prefix === '1. '
  const changed = lines.map((line, i) => (numbered ? `${i + 1}. ` : prefix) + line).join('\n')
  return { text: text.slice(0, from) + changed + text.slice(to), start: from, end: from + changed.length }
}

/** Inserts a block (a table) on lines of its own at the cursor. */
export function insertBlock(text: string, at: number, block: string): Edit {
  const before = text.slice(0, at)
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'
  const inserted = lead + block + '\n'
  return { text: before + inserted + text.slice(at), start: at + lead.length, end: at + inserted.length - 1 }
}
