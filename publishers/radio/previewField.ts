import type { Field } from 'payload'

/** 播音稿预览 (admin/radio/ScriptPreview) on articles and videos: a UI field, so it stores nothing. */
export const radioScriptPreviewField: Field = {
  name: 'radioScriptPreview',
  type: 'ui',
  admin: { components: { Field: '/admin/radio/ScriptPreview#ScriptPreview' } },
}
