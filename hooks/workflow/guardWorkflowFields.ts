import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isAdminUser } from '../../access/roles'
import { WORKFLOW_FIELDS } from '../../collections/fields/review'
import { sameValue } from '../../workflow/contentHash'

const LABEL: Record<string, string> = { workflowState: '审核状态', author: '撰稿人', review: '审核记录', _status: '发布状态' }

export const OVERRIDE_CONTEXT = 'rongmei:publishOverride'

const refuse = (field: string, message: string) => new APIError(message, 403, [{ path: field, message }], true)

/**
 * The state, the approvals and publication belong to the workflow. A person's save (REST, GraphQL, the
 * admin, the Local API with a user) may not change them: it is refused with the field named, not silently
 * dropped, so a bypass attempt is visible. The workflow's own writes carry `context.workflow`; the system
 * (seed, jobs: no user) is trusted. Saving a published item without `draft` would change the live text,
 * so it is refused too: corrections are drafts. Administrators alone may publish directly (紧急发布).
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (req.context?.workflow || !req.user) return data
  if (operation === 'create') {
    // A new item always starts as the author's draft, whatever the client sent.
    data.workflowState = 'draft'
    data.review = { seq: 0, round: 0 }
    data.author = req.user.id
  } else {
    for (const field of WORKFLOW_FIELDS) {
      if (field in data && !sameValue(data[field], originalDoc?.[field])) {
        throw refuse(field, `“${LABEL[field]}”只能通过审核流程变更，不能直接修改`)
      }
    }
  }
  if (data._status === 'published') {
    if (isAdminUser(req.user as never)) {
      // 紧急发布: an administrator's direct publication, recorded as such in the audit log.
      data.workflowState = 'published'
      req.context[OVERRIDE_CONTEXT] = true
      return data
    }
    const live = (originalDoc as { _status?: string } | undefined)?._status === 'published'
    throw refuse(
      '_status',
      live
        ? '已发布的稿件不能直接修改；请保存为草稿（更正），重新审核通过后替换'
        : '稿件须经三审通过后由系统发布，不能直接发布；请保存为草稿并提交审核',
    )
  }
  return data
}
