import { describe, expect, it } from 'vitest'
import { unitTree, yearsOf, type OrgUnit } from './scope.svelte'

const u = (code: string, name: string, parent: string | null): OrgUnit => ({ id: 0, code, name, kind: 'unit', kind_label: '', parent })

describe('unitTree', () => {
  it('orders units depth first, names sorted the Swedish way', () => {
    const tree = unitTree([u('HT', 'Hemtjänst', 'VOF'), u('K', 'Kommun', null), u('VOF', 'Vård och omsorg', 'K'), u('BUF', 'Barn och utbildning', 'K'), u('AA', 'Äldreboende', 'VOF')])
    expect(tree.map((n) => `${n.depth}:${n.unit.code}`)).toEqual(['0:K', '1:BUF', '1:VOF', '2:HT', '2:AA'])
  })
  it('treats a unit whose parent is not visible as a root (a chef sees only their subtree)', () => {
    expect(unitTree([u('HT', 'Hemtjänst', 'VOF')]).map((n) => n.depth)).toEqual([0])
  })
})

describe('yearsOf', () => {
  it('gives distinct years, newest first', () => {
    expect(yearsOf([{ year: 2024 }, { year: 2025 }, { year: 2024 }])).toEqual([2025, 2024])
  })
})
