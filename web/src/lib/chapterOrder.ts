// Where a plan's own chapters stand in the document (GET /api/v1/chapters): each follows one of the
// plan's sections (`after`, "" after the last), and chapters that follow the same section come in
// `position` order (lowest first, then the order they were written: id), as the report places them.
// Moving a chapter up or down rewrites the positions of the chapters it passes, nothing else.

/** What the order needs of a chapter. */
export interface Placed {
  id: number
  after: string
  position: number
}

/** The highest position the server accepts (core/plan_chapter.hpp kChapterPositionMax). */
export const chapterPositionMax = 999

/** The chapters that follow one section ("" after the last), in document order. */
export interface ChapterGroup<C extends Placed> {
  after: string
  chapters: C[]
}

const byPosition = (a: Placed, b: Placed) => a.position - b.position || a.id - b.id

/** The chapters of one section, ordered. */
export function sectionChapters<C extends Placed>(chapters: readonly C[], after: string): C[] {
  return chapters.filter((c) => c.after === after).sort(byPosition)
}

/** The chapters grouped by the section they follow, the groups in the sections' reading order
 *  (`sectionKeys`, as GET /vocabularies plan_sections), those placed last at the end. A key the
 *  list does not know (before the vocabularies arrive) keeps its group, before the last one. */
export function documentOrder<C extends Placed>(chapters: readonly C[], sectionKeys: readonly string[]): ChapterGroup<C>[] {
  const keys = [...sectionKeys.filter((k) => k !== '')]
  for (const c of chapters) if (c.after !== '' && !keys.includes(c.after)) keys.push(c.after)
  keys.push('')
  return keys.map((after) => ({ after, chapters: sectionChapters(chapters, after) })).filter((g) => g.chapters.length > 0)
}

/** The position of a chapter placed last after `after` (one above the highest there; `except` is
 *  the chapter being moved there, not counted). */
export function nextPosition(chapters: readonly Placed[], after: string, except?: number): number {
  const taken = chapters.filter((c) => c.after === after && c.id !== except).map((c) => c.position)
  return taken.length ? Math.min(chapterPositionMax, Math.max(...taken) + 1) : 0
}

/** A chapter and the position to write for it. */
export interface PositionChange<C extends Placed> {
  chapter: C
  position: number
}

/** Moves chapter `id` one step up (delta -1) or down (+1) among the chapters that follow the same
 *  section: the positions to write, none when it is already first or last. Two neighbours with
 *  different positions swap theirs; otherwise (equal positions, or a tie the swap would make) the
 *  section's chapters are numbered 0, 1, 2 … in the new order and only those that change are written. */
export function moveWithinSection<C extends Placed>(chapters: readonly C[], id: number, delta: -1 | 1): PositionChange<C>[] {
  const moved = chapters.find((c) => c.id === id)
  if (!moved) return []
  const group = sectionChapters(chapters, moved.after)
  const from = group.findIndex((c) => c.id === id)
  const to = from + delta
  if (to < 0 || to >= group.length) return []
  const order = [...group]
  ;[order[from], order[to]] = [order[to], order[from]]
  const a = group[from]
  const b = group[to]
  if (a.position !== b.position) {
    const swapped = order.map((c) => ({ id: c.id, after: c.after, position: c === a ? b.position : c === b ? a.position : c.position }))
    const resorted = [...swapped].sort(byPosition)
    if (resorted.every((c, i) => c.id === order[i].id)) {
      return [
        { chapter: a, position: b.position },
        { chapter: b, position: a.position },
      ]
    }
  }
  return order
    .map((chapter, i) => ({ chapter, position: Math.min(i, chapterPositionMax) }))
    .filter((change) => change.chapter.position !== change.position)
}
