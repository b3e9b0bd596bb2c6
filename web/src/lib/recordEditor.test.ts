// The record editor's one conflict behaviour, against a fake server: a stale save is a 412 that
// leaves the form as typed; "Load their version" puts the stored version into the open form and
// keeps the user's values aside; re-applying one puts it back; the next save quotes the new version.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { differences, RecordEditor } from './recordEditor.svelte'

vi.mock('./i18n/index.svelte', () => ({ t: (key: string) => key }))

interface Note {
  id: number
  title: string
  owner: string
  version: number
}

const stored: Note = { id: 7, title: 'Theirs', owner: 'Kim', version: 2 }
const calls: { method: string; url: string; ifMatch: string | null; body: unknown }[] = []

function fakeServer() {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>
    const body = init.body ? JSON.parse(String(init.body)) : null
    calls.push({ method: init.method ?? 'GET', url, ifMatch: headers['If-Match'] ?? null, body })
    if (init.method === 'GET') return new Response(JSON.stringify(stored), { status: 200 })
    if (headers['If-Match'] !== `"${stored.version}"`) {
      return new Response(JSON.stringify({ error: { code: 'precondition_failed', message: 'Someone else saved.' } }), { status: 412 })
    }
    return new Response(JSON.stringify({ ...stored, ...body, version: stored.version + 1 }), { status: 200 })
  })
}

function editor() {
  return new RecordEditor<Note, { title: string; owner: string }>({
    blank: () => ({ title: '', owner: '' }),
    toForm: (n) => ({ title: n.title, owner: n.owner }),
    write: (form, record) => ({ method: record ? 'PUT' : 'POST', path: record ? `notes/${record.id}` : 'notes', body: form }),
    read: async (n) => (await fetch(`api/v1/notes/${n.id}`, { method: 'GET', headers: {} })).json(),
    label: (field) => `label:${field}`,
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
  calls.length = 0
})

describe('RecordEditor', () => {
  it('a stale save opens the choice and keeps the form as typed', async () => {
    fakeServer()
    const e = editor()
    e.open({ id: 7, title: 'Mine before', owner: 'Kim', version: 1 })
    e.form.title = 'My title'
    expect(await e.save()).toBe(false)
    expect(calls[0]).toMatchObject({ method: 'PUT', ifMatch: '"1"' })
    expect(e.conflict).toBe('Someone else saved.')
    expect(e.form.title).toBe('My title')
    expect(e.record?.version).toBe(1)
  })

  it('"Load their version" puts the stored version into the open form and keeps my values aside', async () => {
    fakeServer()
    const e = editor()
    e.open({ id: 7, title: 'Old', owner: 'Kim', version: 1 })
    e.form.title = 'My title'
    await e.save()
    await e.loadTheirs()
    expect(e.conflict).toBeNull()
    expect(e.editing).toBe(true) // still open, not cancelled
    expect(e.record?.version).toBe(2)
    expect(e.form).toEqual({ title: 'Theirs', owner: 'Kim' })
    expect(e.unsaved).toEqual([{ path: 'title', label: 'label:title', mine: 'My title', theirs: 'Theirs' }])
    expect(e.notice).toBe('editor.loadedNotice')

    e.reapply('title')
    expect(e.form.title).toBe('My title')
    expect(e.unsaved).toEqual([])
    expect(await e.save()).toBe(true)
    expect(calls.at(-1)).toMatchObject({ method: 'PUT', ifMatch: '"2"', body: { title: 'My title', owner: 'Kim' } })
    expect(e.editing).toBe(false) // saved: back to a new record
  })

  it('"Keep mine" closes the choice and changes nothing', async () => {
    fakeServer()
    const e = editor()
    e.open({ id: 7, title: 'Old', owner: 'Kim', version: 1 })
    e.form.owner = 'Me'
    await e.save()
    e.keepMine()
    expect(e.conflict).toBeNull()
    expect(e.form.owner).toBe('Me')
    expect(e.record?.version).toBe(1)
  })
})

describe('differences', () => {
  it('lists changed fields, one level into object-valued fields (grid cells)', () => {
    expect(differences({ a: '1', cells: { x: '2', y: '3' } }, { a: '1', cells: { x: '2', y: '4' } })).toEqual([
      { path: 'cells.y', label: 'cells.y', mine: '3', theirs: '4' },
    ])
    expect(differences({ a: [1, 2] }, { a: [1, 2] })).toEqual([])
  })
})
