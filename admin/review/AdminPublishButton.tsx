'use client'

import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'
import React from 'react'

const isAdmin = (user: unknown) => Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))

/**
 * Payload's 发布 button, for administrators only and named for what it is: 紧急发布 bypasses the 三审 chain
 * (hooks/workflow/guardWorkflowFields records it as an override). Everyone else publishes through the review
 * panel, and the server refuses a direct publication from them anyway.
 */
export function AdminPublishButton(props: PublishButtonClientProps) {
  const { user } = useAuth()
  if (!isAdmin(user)) return null
  return <PublishButton {...props} label="紧急发布（管理员）" />
}

/** Unpublishing is 撤稿, a workflow action with a written reason (review panel); the raw button is for administrators. */
export function AdminUnpublishButton(props: UnpublishButtonClientProps) {
  const { user } = useAuth()
  if (!isAdmin(user)) return null
  return <UnpublishButton {...props} />
}
