import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import './views.css'

/**
 * The admin's frame (navigation, header) around one of our own pages. Signed-out visitors go to the login
 * and come back; what the page shows is read with the user's own access by the page itself.
 */
export function ViewShell({ props, title, path, children }: { props: AdminViewServerProps; title: string; path: string; children: React.ReactNode }) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${path}`)}`)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="rm-view">
        <h1 className="rm-view__title">{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}

/** A query parameter as one string ('' when absent). */
export const param = (searchParams: AdminViewServerProps['searchParams'], key: string): string => {
  const value = searchParams?.[key]
  return Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '')
}

/** One filter of a GET form: a labelled select whose first choice, 全部, means no filter. */
export function FilterSelect({ label, name, value, options }: { label: string; name: string; value: string; options: { value: string | number; label: string }[] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
