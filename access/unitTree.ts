/** Pure helpers over the unit hierarchy (a college's studio belongs to the college). */
export type UnitNode = { id: number | string; parent?: number | string | { id: number | string } | null }

const idOf = (ref: UnitNode['parent']): number | string | null =>
  ref == null ? null : typeof ref === 'object' ? ref.id : ref

/** Every unit at or below the given roots. Cycles in bad data cannot loop forever. */
export function unitSubtree(units: readonly UnitNode[], roots: readonly (number | string)[]): Set<string> {
  const children = new Map<string, string[]>()
  for (const unit of units) {
    const parent = idOf(unit.parent)
    if (parent == null) continue
    const list = children.get(String(parent)) ?? []
    list.push(String(unit.id))
    children.set(String(parent), list)
  }
  const seen = new Set<string>()
  const stack = roots.map(String)
  while (stack.length) {
    const id = stack.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return seen
}

/** True if `candidate` is `ancestor` or lies below it. Used to refuse a unit becoming its own descendant. */
export function isWithin(units: readonly UnitNode[], ancestor: number | string, candidate: number | string): boolean {
  return unitSubtree(units, [ancestor]).has(String(candidate))
}
