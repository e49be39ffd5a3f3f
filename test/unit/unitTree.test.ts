import { describe, expect, it } from 'vitest'

import { isWithin, unitSubtree } from '../../access/unitTree'

const units = [
  { id: 1, parent: null }, // 宣传部
  { id: 2, parent: null }, // 文学与传媒学院
  { id: 3, parent: 2 }, // 网络产品设计工作室
  { id: 4, parent: { id: 3 } }, // a team inside the studio, parent populated
  { id: 5, parent: null }, // 信息工程学院
]

describe('unit tree', () => {
  it('a college scope contains its studio and the studio’s teams, and nothing else', () => {
    expect([...unitSubtree(units, [2])].sort()).toEqual(['2', '3', '4'])
  })
  it('a studio scope does not reach up to its college', () => {
    expect(unitSubtree(units, [3]).has('2')).toBe(false)
  })
  it('several roots combine', () => {
    expect([...unitSubtree(units, [1, 5])].sort()).toEqual(['1', '5'])
  })
  it('an unknown root yields only itself and a cycle terminates', () => {
    expect([...unitSubtree(units, [99])]).toEqual(['99'])
    const cyclic = [
      { id: 1, parent: 2 },
      { id: 2, parent: 1 },
    ]
    expect([...unitSubtree(cyclic, [1])].sort()).toEqual(['1', '2'])
  })
  it('isWithin refuses a unit becoming its own descendant', () => {
    expect(isWithin(units, 2, 4)).toBe(true)
    expect(isWithin(units, 3, 2)).toBe(false)
  })
})
