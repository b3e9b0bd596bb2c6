// The chapters' place in the document: grouped by the section they follow in the sections' reading
// order (those placed last at the end), by position within a section, and a move up or down that
// writes as few positions as it can while the new order is exactly the one asked for.
import { describe, expect, it } from 'vitest'
import { chapterPositionMax, documentOrder, moveWithinSection, nextPosition, sectionChapters, type Placed } from './chapterOrder'

const sections = ['inledning', 'sammanfattning', 'nulage', 'kompetensgap']
const ch = (id: number, after: string, position: number): Placed => ({ id, after, position })

/** The chapters after the changes are written. */
const applied = (chapters: Placed[], changes: { chapter: Placed; position: number }[]) =>
  chapters.map((c) => ({ ...c, position: changes.find((x) => x.chapter.id === c.id)?.position ?? c.position }))
const ids = (chapters: Placed[], after: string) => sectionChapters(chapters, after).map((c) => c.id)

describe('documentOrder', () => {
  it('groups by section in reading order, placed-last at the end, by position then id', () => {
    const chapters = [ch(1, '', 0), ch(2, 'nulage', 5), ch(3, 'inledning', 0), ch(4, 'nulage', 1), ch(5, 'nulage', 1)]
    expect(documentOrder(chapters, sections).map((g) => [g.after, g.chapters.map((c) => c.id)])).toEqual([
      ['inledning', [3]],
      ['nulage', [4, 5, 2]],
      ['', [1]],
    ])
  })

  it('keeps an unknown section (vocabularies not loaded yet) before the chapters placed last', () => {
    expect(documentOrder([ch(1, '', 0), ch(2, 'nulage', 0)], []).map((g) => g.after)).toEqual(['nulage', ''])
  })

  it('is empty without chapters', () => {
    expect(documentOrder([], sections)).toEqual([])
  })
})

describe('nextPosition', () => {
  it('is one above the highest after that section, 0 in an empty one, never above the maximum', () => {
    const chapters = [ch(1, 'nulage', 3), ch(2, 'nulage', 7), ch(3, '', chapterPositionMax)]
    expect(nextPosition(chapters, 'nulage')).toBe(8)
    expect(nextPosition(chapters, 'inledning')).toBe(0)
    expect(nextPosition(chapters, '')).toBe(chapterPositionMax)
    expect(nextPosition(chapters, 'nulage', 2)).toBe(4) // chapter 2 itself moves there
  })
})

describe('moveWithinSection', () => {
  it('swaps the positions of two neighbours that differ', () => {
    const chapters = [ch(1, 'nulage', 0), ch(2, 'nulage', 4), ch(3, 'nulage', 9), ch(4, '', 1)]
    const changes = moveWithinSection(chapters, 3, -1)
    expect(changes.map((c) => [c.chapter.id, c.position])).toEqual([
      [3, 4],
      [2, 9],
    ])
    expect(ids(applied(chapters, changes), 'nulage')).toEqual([1, 3, 2])
  })

  it('numbers the section anew when the neighbours share a position', () => {
    const chapters = [ch(1, 'nulage', 0), ch(2, 'nulage', 0), ch(3, 'nulage', 0)]
    const changes = moveWithinSection(chapters, 1, 1)
    expect(ids(applied(chapters, changes), 'nulage')).toEqual([2, 1, 3])
    // Only the positions that change are written: 2 → 0 stays, 1 → 1, 3 → 2.
    expect(changes.map((c) => [c.chapter.id, c.position])).toEqual([
      [1, 1],
      [3, 2],
    ])
  })

  it('numbers anew when a swap would tie with a third chapter in the wrong order', () => {
    // 5 comes first (position 0), then 2 and 3 share position 1. Moving 5 down by a swap would give
    // 5 position 1 beside 3, and 3 comes first by id: the section is numbered anew instead.
    const chapters = [ch(5, 'nulage', 0), ch(2, 'nulage', 1), ch(3, 'nulage', 1)]
    expect(ids(chapters, 'nulage')).toEqual([5, 2, 3])
    const changes = moveWithinSection(chapters, 5, 1)
    expect(changes).toHaveLength(3)
    expect(ids(applied(chapters, changes), 'nulage')).toEqual([2, 5, 3])
  })

  it('does nothing for the first moved up, the last moved down or an unknown id', () => {
    const chapters = [ch(1, 'nulage', 0), ch(2, 'nulage', 1), ch(3, 'inledning', 0)]
    expect(moveWithinSection(chapters, 1, -1)).toEqual([])
    expect(moveWithinSection(chapters, 2, 1)).toEqual([])
    expect(moveWithinSection(chapters, 3, 1)).toEqual([]) // alone after its section
    expect(moveWithinSection(chapters, 99, 1)).toEqual([])
  })

  it('leaves the chapters of other sections alone', () => {
    const chapters = [ch(1, 'nulage', 0), ch(2, 'nulage', 0), ch(3, 'inledning', 0), ch(4, '', 0)]
    const changes = moveWithinSection(chapters, 2, -1)
    expect(changes.every((c) => c.chapter.after === 'nulage')).toBe(true)
    expect(ids(applied(chapters, changes), 'nulage')).toEqual([2, 1])
  })

  it('after any run of moves the section reads in exactly the order asked for', () => {
    let seed = 7
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n)
    let chapters = Array.from({ length: 6 }, (_, i) => ch(i + 1, 'nulage', random(3)))
    let expected = ids(chapters, 'nulage')
    for (let step = 0; step < 200; step++) {
      const at = random(expected.length)
      const delta = random(2) === 0 ? -1 : 1
      const to = at + delta
      const moved = expected[at]
      if (to >= 0 && to < expected.length) [expected[at], expected[to]] = [expected[to], expected[at]]
      chapters = applied(chapters, moveWithinSection(chapters, moved, delta))
      expect(ids(chapters, 'nulage')).toEqual(expected)
      expect(chapters.every((c) => c.position >= 0 && c.position <= chapterPositionMax)).toBe(true)
    }
  })
})
