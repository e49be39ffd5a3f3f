import type { PayloadRequest } from 'payload'

import { unitSubtree, type UnitNode } from '../../access/unitTree'
import type { NotificationKind } from '../../collections/Notifications'
import { reviewerRefusal, STAGE_LABEL, type Action, type ActorFacts, type Decision, type ItemFacts, type Stage } from '../../workflow/transitions'
import { idOf, itemFacts, type ReviewableDoc } from './facts'
import type { ReviewableSlug } from './transition'

const STAGE_OF: Record<string, Stage> = { review1: 1, review2: 2, review3: 3 }
const KIND_ZH: Record<NotificationKind, string> = {
  'review-requested': '待审稿件',
  returned: '稿件被退回',
  approved: '稿件已通过',
  withdrawn: '稿件已撤稿',
}

type Person = { id: number | string; name?: string | null; email?: string | null }
type ReviewerDoc = Person & {
  roles?: string[] | null
  reviewStages?: string[] | null
  unit?: unknown
  reviewScope?: unknown[] | null
}
export type PendingMail = { to: string; subject: string; text: string }

/** Mails wait here until the transition's transaction has committed (see sendPendingMail). */
const PENDING_MAIL = 'rongmei:pendingMail'

/**
 * Everyone who could take the item at `stage` now: reviewers of that stage whose scope (own unit and review
 * scope, with everything below) holds the item's unit, from 宣传部 for a university-level 终审, never the
 * author nor a reviewer who already approved this round. The same rule the state machine applies when
 * they act (workflow/transitions reviewerRefusal), so nobody is told about an item they cannot review.
 */
export async function reviewersWhoMayAct(req: PayloadRequest, item: ItemFacts, stage: Stage): Promise<ReviewerDoc[]> {
  const { docs: reviewers } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['reviewer'] } }, { reviewStages: { in: [String(stage)] } }] },
    select: { name: true, email: true, roles: true, reviewStages: true, unit: true, reviewScope: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!reviewers.length) return []
  const { docs: units } = await req.payload.find({
    collection: 'units',
    select: { parent: true, reviewAuthority: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const authority = new Set(units.filter((unit) => unit.reviewAuthority).map((unit) => String(unit.id)))
  return (reviewers as ReviewerDoc[]).filter((reviewer) => {
    const own = idOf(reviewer.unit)
    const roots = [own, ...(reviewer.reviewScope ?? []).map(idOf)].filter((id): id is string => id != null)
    const actor: ActorFacts = {
      id: String(reviewer.id),
      roles: reviewer.roles ?? [],
      reviewStages: (reviewer.reviewStages ?? []).map(Number) as Stage[],
      scope: unitSubtree(units as UnitNode[], roots),
      atUniversityAuthority: own != null && authority.has(own),
    }
    return reviewerRefusal(item, actor, stage) === null
  })
}

async function person(req: PayloadRequest, id: string | null): Promise<Person | null> {
  if (id == null) return null
  const found = await req.payload.findByID({
    collection: 'users',
    id,
    select: { name: true, email: true },
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return (found as Person | null) ?? null
}

export type NotifyInput = {
  collection: ReviewableSlug
  /** The item as saved by the transition (its new state and review record). */
  doc: ReviewableDoc
  action: Action
  decision: Decision
  opinion?: string
}

/** Who is told what after a transition: the next stage's reviewers, or the author. */
async function plan(req: PayloadRequest, input: NotifyInput, title: string, by: string) {
  const { doc, action, decision, opinion } = input
  const next = STAGE_OF[decision.to]
  if ((action === 'submit' || action === 'approve') && next) {
    const what = action === 'submit' ? `已提交审核（提交人：${by}）` : `已由${by}${STAGE_LABEL[decision.stage!]}通过`
    const recipients = await reviewersWhoMayAct(req, await itemFacts(req, doc), next)
    return { kind: 'review-requested' as const, recipients, message: `稿件《${title}》${what}，等待您${STAGE_LABEL[next]}。` }
  }
  const author = await person(req, idOf(doc.author))
  const recipients = author ? [author] : []
  if (action === 'approve' && decision.to === 'approved') {
    return { kind: 'approved' as const, recipients, message: `您的稿件《${title}》已通过终审（终审人：${by}），可以安排发布。` }
  }
  if (action === 'return') {
    const stage = decision.stage ? STAGE_LABEL[decision.stage] : '审核'
    return { kind: 'returned' as const, recipients, message: `您的稿件《${title}》在${stage}环节被${by}退回修改。审核意见：${opinion ?? ''}` }
  }
  if (action === 'withdraw') {
    return { kind: 'withdrawn' as const, recipients, message: `您的稿件《${title}》已被${by}撤稿。原因：${opinion ?? ''}` }
  }
  return null
}

/**
 * Tells the people concerned about a transition, inside its transaction (`req`): an in-app notice each, and a
 * mail queued for after the commit (sendPendingMail). The one who acted is never told about their own step.
 */
export async function notifyTransition(req: PayloadRequest, input: NotifyInput) {
  const user = req.user as Person | null
  const title = String(input.doc.title ?? '').trim() || `#${input.doc.id}`
  const planned = await plan(req, input, title, user?.name?.trim() || '系统')
  if (!planned) return []
  const recipients = planned.recipients.filter((recipient) => !user || String(recipient.id) !== String(user.id))
  const created = []
  for (const recipient of recipients) {
    created.push(
      await req.payload.create({
        collection: 'notifications',
        data: {
          recipient: recipient.id as number,
          kind: planned.kind,
          message: planned.message,
          item: { collectionSlug: input.collection, docId: String(input.doc.id), title },
          actor: user ? (user.id as number) : null,
          read: false,
        },
        overrideAccess: true,
        req,
      }),
    )
  }
  const server = req.payload.config.serverURL
  const link = `${server}/admin/collections/${input.collection}/${input.doc.id}`
  const mails: PendingMail[] = recipients
    .filter((recipient) => recipient.email)
    .map((recipient) => ({
      to: recipient.email!,
      subject: `【融媒】${KIND_ZH[planned.kind]}：《${title}》`,
      text: `${recipient.name ?? ''}，您好：\n\n${planned.message}\n\n${server ? `查看稿件：${link}` : `请登录融媒后台查看（${link}）。`}\n`,
    }))
  if (req.context) req.context[PENDING_MAIL] = [...((req.context[PENDING_MAIL] as PendingMail[] | undefined) ?? []), ...mails]
  return created
}

/**
 * Sends the mails the committed transitions of `req` queued, through Payload's email adapter (SMTP when
 * configured, else the console). Never throws: a mail that fails is logged and the review goes on.
 */
export async function sendPendingMail(req: PayloadRequest): Promise<{ sent: number; failed: number }> {
  const mails = (req.context?.[PENDING_MAIL] as PendingMail[] | undefined) ?? []
  if (req.context) req.context[PENDING_MAIL] = []
  const results = await Promise.allSettled(mails.map((mail) => req.payload.sendEmail(mail)))
  let failed = 0
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') return
    failed++
    req.payload.logger.error({ err: result.reason, msg: `审核通知邮件发送失败（收件人 ${mails[i].to}，主题 ${mails[i].subject}）` })
  })
  return { sent: mails.length - failed, failed }
}

/** Drops the mails of a transaction that was rolled back. */
export function discardPendingMail(req: PayloadRequest) {
  if (req.context) req.context[PENDING_MAIL] = []
}
