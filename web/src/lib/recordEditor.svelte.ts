// The one way a page edits a stored record: open it in a form, save it with the version it was
// read at (If-Match), meet a 412 as a choice, delete it. Every editing page uses this module, so a
// conflict behaves the same everywhere:
//
//   save → 412  the form stays as the user typed it and ConflictChoice asks what to do;
//   "Load their version"  the stored version is read and put into the open form (the record stays
//               open, now at the stored version), and every value the user had typed that differs
//               from it is kept in `unsaved`, shown beside the form with a button to re-apply it,
//               and `notice` says what happened;
//   "Keep mine" the choice closes and the form keeps the user's values (a new save meets the same
//               412 until the stored version is loaded: nothing is overwritten silently).
//
// A record that someone else deleted meanwhile leaves the form open as a new record with the
// user's values, and the notice says so.

import { api, ApiError, type Query } from './api'
import { t } from './i18n/index.svelte'

export interface Versioned {
  version: number
}

/** One request that writes the open form: POST (a new record) or PUT (quotes record.version). */
export interface Write {
  method: 'POST' | 'PUT'
  path: string
  query?: Query
  body: unknown
}

/** A value the user typed that the stored version replaced after a 412; `path` is the form key,
 *  or "key.sub" for a value inside an object-valued form field (a grid cell). */
export interface UnsavedValue {
  path: string
  label: string
  mine: string
  theirs: string
}

export interface RecordEditorOptions<R extends Versioned, F extends object> {
  /** The form of a new record. */
  blank: () => F
  /** The form holding a stored record. */
  toForm: (record: R) => F
  /** The request that saves the form (record: the stored version being edited, or null). */
  write: (form: F, record: R | null) => Write
  /** For forms that name their record by a key the user picks (an outcome by indicator and
   *  period): the stored record (version 0 if none yet) the form names when it is saved. */
  recordOf?: (form: F) => R
  /** Reads the stored version of a record again; null when it no longer exists. */
  read: (record: R) => Promise<R | null>
  /** The DELETE path of a record (pages without delete leave it out). */
  deletePath?: (record: R) => string
  /** A check of the form before it is sent: a message refuses the save. */
  check?: (form: F) => string | null
  /** The status line after a save or delete. */
  saved?: (form: F, wasNew: boolean, answer: R | null) => string
  deleted?: (record: R) => string
  /** Reload the page's lists after a save, a delete or loading the stored version (the answer of
   *  a save if it had a body, or the stored version). Runs before the form is set anew, so a page
   *  that re-opens the form while it reloads does not undo the editor's form. */
  changed?: (answer: R | null) => Promise<void> | void
  /** What to do with the form after a successful save: 'close' (default: back to a new record)
   *  or 'keep' (the answer becomes the open record: grids and per-key parameters). */
  afterSave?: 'close' | 'keep'
  /** The user's name for a form field (for the list of unsaved values after a 412). */
  label?: (path: string) => string
}

const show = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/** The values of mine that differ from theirs, one level into object-valued fields. */
export function differences(mine: object, theirs: object, label: (path: string) => string = (p) => p): UnsavedValue[] {
  const out: UnsavedValue[] = []
  const a = mine as Record<string, unknown>
  const b = theirs as Record<string, unknown>
  for (const key of Object.keys(a)) {
    const x = a[key]
    const y = b[key]
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const yo = (y && typeof y === 'object' ? y : {}) as Record<string, unknown>
      for (const sub of Object.keys(x)) {
        const xs = (x as Record<string, unknown>)[sub]
        if (show(xs) !== show(yo[sub])) out.push({ path: `${key}.${sub}`, label: label(`${key}.${sub}`), mine: show(xs), theirs: show(yo[sub]) })
      }
    } else if (JSON.stringify(x ?? null) !== JSON.stringify(y ?? null)) {
      out.push({ path: key, label: label(key), mine: Array.isArray(x) ? x.join(', ') : show(x), theirs: Array.isArray(y) ? y.join(', ') : show(y) })
    }
  }
  return out
}

export class RecordEditor<R extends Versioned, F extends object> {
  /** The stored version the form edits; null while the form holds a new record. */
  record = $state<R | null>(null)
  form = $state<F>() as F
  /** The server's message of a 412 while the choice is open. */
  conflict = $state<string | null>(null)
  /** After "Load their version": the user's values that the stored version replaced. */
  unsaved = $state<UnsavedValue[]>([])
  /** What happened to the form (after loading the stored version). */
  notice = $state('')
  error = $state<unknown>(null)
  status = $state('')
  busy = $state(false)
  #mine: F | null = null

  constructor(private readonly options: RecordEditorOptions<R, F>) {
    this.form = options.blank()
  }

  /** A stored record is open (not a new one). */
  get editing(): boolean {
    return this.record !== null && this.record.version !== 0
  }

  /** The form differs from the open record (or from an empty form). */
  get dirty(): boolean {
    const base = this.record ? this.options.toForm(this.record) : this.options.blank()
    return differences($state.snapshot(this.form) as F, base).length > 0
  }

  /** Opens a stored record in the form (drops an open conflict and unsaved values). */
  open(record: R): void {
    this.record = record
    this.form = this.options.toForm(record)
    this.#clear()
  }

  /** Back to an empty form for a new record. */
  reset(): void {
    this.record = null
    this.form = this.options.blank()
    this.#clear()
  }

  #clear(): void {
    this.conflict = null
    this.unsaved = []
    this.notice = ''
    this.error = null
    this.#mine = null
  }

  /** Saves the form: POST or PUT with If-Match; a 412 opens the choice. `replace` is another
   *  write of the same record (Kartläggning's "copy last year"), with the same version and 412. */
  async save(event?: Event, replace?: Write): Promise<boolean> {
    event?.preventDefault()
    this.error = null
    this.status = ''
    const refused = replace ? null : this.options.check?.(this.form)
    if (refused) {
      this.error = new Error(refused)
      return false
    }
    if (this.options.recordOf) this.record = this.options.recordOf(this.form)
    const request = replace ?? this.options.write(this.form, this.record)
    const version = request.method === 'PUT' ? (this.record?.version ?? 0) : undefined
    const wasNew = this.record === null || this.record.version === 0
    this.busy = true
    try {
      const answer =
        request.method === 'PUT'
          ? await api.put<R | null>(request.path, request.body, { query: request.query, version })
          : await api.post<R | null>(request.path, request.body, request.query)
      const form = $state.snapshot(this.form) as F
      await this.options.changed?.(answer ?? null)
      if (this.options.afterSave === 'keep' && answer) this.open(answer)
      else this.reset()
      this.status = this.options.saved?.(form, wasNew, answer ?? null) ?? t('editor.saved')
      return true
    } catch (e) {
      this.#failed(e)
      return false
    } finally {
      this.busy = false
    }
  }

  /** Deletes a record (after the user confirmed) with the version it was read at. */
  async remove(record: R, confirmText?: string): Promise<boolean> {
    if (!this.options.deletePath) return false
    if (confirmText && !confirm(confirmText)) return false
    this.error = null
    this.status = ''
    try {
      await api.del(this.options.deletePath(record), { version: record.version })
      if (this.record && this.options.deletePath(this.record) === this.options.deletePath(record)) this.reset()
      await this.options.changed?.(null)
      this.status = this.options.deleted?.(record) ?? t('editor.deleted')
      return true
    } catch (e) {
      // A stale delete is the same conflict as a stale save: the record opens at the version read.
      if (e instanceof ApiError && e.isConflict && this.record !== record) this.open(record)
      this.#failed(e)
      return false
    }
  }

  #failed(e: unknown): void {
    if (e instanceof ApiError && e.isConflict) this.conflict = e.message
    else this.error = e
  }

  /** "Load their version": the stored version into the open form, the user's values kept aside. */
  async loadTheirs(): Promise<void> {
    const mine = $state.snapshot(this.form) as F
    const current = this.record
    this.conflict = null
    if (!current) return
    let fresh: R | null
    try {
      fresh = await this.options.read(current)
    } catch (e) {
      this.error = e
      return
    }
    if (fresh === null) {
      this.record = null
      this.notice = t('editor.goneNotice')
      this.unsaved = []
      await this.options.changed?.(null)
      return
    }
    await this.options.changed?.(fresh)
    this.record = fresh
    this.form = this.options.toForm(fresh)
    this.#mine = mine
    this.unsaved = differences(mine, this.form, this.options.label)
    this.error = null
    this.notice = this.unsaved.length ? t('editor.loadedNotice') : t('editor.loadedSameNotice')
  }

  /** "Keep mine": close the choice, the form keeps what the user typed. */
  keepMine(): void {
    this.conflict = null
  }

  /** Puts one of the user's replaced values back into the form. */
  reapply(path: string): void {
    if (!this.#mine) return
    const [key, sub] = path.split('.', 2) as [keyof F & string, string | undefined]
    const mine = this.#mine[key]
    if (sub !== undefined) (this.form[key] as Record<string, unknown>)[sub] = (mine as Record<string, unknown>)[sub]
    else this.form[key] = structuredClone(mine)
    this.unsaved = this.unsaved.filter((u) => u.path !== path)
    if (this.unsaved.length === 0) this.notice = ''
  }

  /** Re-applies every replaced value. */
  reapplyAll(): void {
    for (const u of [...this.unsaved]) this.reapply(u.path)
  }
}

/** A read that finds a record in a list answer again (for routes without GET /{id}). */
export async function findIn<R>(path: string, query: Query, match: (r: R) => boolean): Promise<R | null> {
  const list = await api.get<{ items: R[] }>(path, query)
  return list.items.find(match) ?? null
}

/** A read of GET path; 404 means the record was deleted. */
export async function readOrGone<R>(path: string, query?: Query): Promise<R | null> {
  try {
    return await api.get<R>(path, query)
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null
    throw e
  }
}
