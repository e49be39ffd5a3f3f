import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../../setup/payload'
import { act, buildWorld, draftArticle, refusal, type World } from '../../workflow/reviewWorld'

/**
 * The submission checks count what WeChat will receive: the 微信设置 title/digest/author when set, the item's
 * own otherwise — the same rule validateWechat applies before delivery.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await bootPayload('wechat-checks')
  world = await buildWorld(payload, 'wechat-checks.test')
})

afterAll(async () => {
  await payload?.destroy()
})

const longTitle = '我校学子在第十届全国大学生创新创业大赛总决赛中荣获一等奖两项二等奖三项'

describe('submission checks and 微信设置', () => {
  it('a title too long for WeChat blocks submission to a WeChat account', async () => {
    const doc = await draftArticle(world, 'editor', longTitle, { targets: [world.accounts.college], credits: [{ role: 'text', name: '李沐阳' }] })
    const refused = await refusal(act(world, 'editor', doc.id, 'submit'))
    expect(refused?.message).toContain(`微信标题 ${[...longTitle].length} 字，超过上限 32 字（文传学院公众号）`)
  })

  it('a short 微信标题 lets the same item through', async () => {
    const doc = await draftArticle(world, 'editor', longTitle, {
      targets: [world.accounts.college],
      credits: [{ role: 'text', name: '李沐阳' }],
      wechat: { title: '创新创业大赛获佳绩' },
    })
    const { doc: submitted } = await act(world, 'editor', doc.id, 'submit')
    expect(submitted.workflowState).toBe('review1')
  })
})
