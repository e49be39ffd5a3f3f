import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { PROJECT_KINDS, PROJECT_STAGES } from '../../collections/CulturalProjects'
import { FilterSelect, param, ViewShell } from '../ViewShell'

type Project = {
  id: number | string
  name?: string
  kind?: string
  stage?: string
  unit?: { name?: string } | number | null
  periodStart?: string | null
  periodEnd?: string | null
  team?: unknown[] | null
  works?: unknown[] | null
  evaluations?: { stage?: string; note?: string; date?: string | null }[] | null
  _status?: string | null
}

const label = (options: { value: string; label: { zh: string } }[], value?: string) => options.find((o) => o.value === value)?.label.zh ?? value ?? ''
const day = (value?: string | null) => (value ? new Date(new Date(value).getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : '')

/**
 * 项目看板: the cultural projects the user may read, in four columns by lifecycle stage (申报 → 立项 → 中期 → 结项),
 * each card with its latest evaluation at that stage and a link to its public showcase once published. A stage
 * is changed on the project itself (with its evaluation), where the collection's access rules apply.
 */
export async function ProjectsBoard(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const admin = req.payload.config.routes.admin
  const filters = { unit: param(props.searchParams, 'unit'), kind: param(props.searchParams, 'kind') }
  const where: Where[] = []
  if (filters.unit) where.push({ unit: { equals: filters.unit } })
  if (filters.kind) where.push({ kind: { equals: filters.kind } })
  const [{ docs }, { docs: units }] = await Promise.all([
    req.payload.find({ collection: 'cultural-projects', where: { and: where }, draft: true, depth: 1, limit: 500, sort: '-updatedAt', overrideAccess: false, user: req.user }),
    req.payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: false, user: req.user }),
  ])
  const projects = docs as unknown as Project[]
  return (
    <ViewShell props={props} title="网络文化项目看板" path="/projects-board">
      <form className="rm-filters" method="get" action={`${admin}/projects-board`}>
        <FilterSelect label="牵头单位" name="unit" value={filters.unit} options={units.map((u) => ({ value: u.id, label: String(u.name) }))} />
        <FilterSelect label="项目类型" name="kind" value={filters.kind} options={PROJECT_KINDS.map((k) => ({ value: k.value, label: k.label.zh }))} />
        <button type="submit" className="rm-button">
          筛选
        </button>
        <a href={`${admin}/collections/cultural-projects/create`}>新建项目</a>
      </form>
      <div className="rm-kanban">
        {PROJECT_STAGES.map((stage) => {
          const column = projects.filter((p) => (p.stage ?? 'application') === stage.value)
          return (
            <section key={stage.value} data-stage={stage.value} aria-label={stage.label.zh}>
              <h2>
                {stage.label.zh} <span className="rm-muted">{column.length}</span>
              </h2>
              {column.map((p) => {
                const evaluation = [...(p.evaluations ?? [])].reverse().find((e) => e.stage === p.stage)
                return (
                  <article key={p.id} className="rm-card" data-id={String(p.id)}>
                    <a className="rm-card__title" href={`${admin}/collections/cultural-projects/${p.id}`}>
                      {p.name || `#${p.id}`}
                    </a>
                    <div className="rm-muted">
                      {label(PROJECT_KINDS, p.kind)}
                      {p.unit && typeof p.unit === 'object' ? ` · ${p.unit.name}` : ''}
                    </div>
                    {p.periodStart || p.periodEnd ? (
                      <div className="rm-muted">
                        {day(p.periodStart)} 至 {day(p.periodEnd) || '—'}
                      </div>
                    ) : null}
                    <div className="rm-muted">
                      团队 {p.team?.length ?? 0} 人 · 作品 {p.works?.length ?? 0} 件
                    </div>
                    {evaluation?.note ? <div>评审意见：{evaluation.note}</div> : null}
                    {p._status === 'published' ? (
                      <a href={`/projects/${p.id}`} target="_blank" rel="noopener noreferrer">
                        成果展示页
                      </a>
                    ) : (
                      <span className="rm-muted">未发布展示</span>
                    )}
                  </article>
                )
              })}
            </section>
          )
        })}
      </div>
    </ViewShell>
  )
}

export default ProjectsBoard
