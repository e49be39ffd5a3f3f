import type { Config, PayloadRequest, TaskConfig } from 'payload'

import { ownRequest } from '../../core/jobRequest'
import { withOutboxSweep } from '../../core/outboxSweeps'
import { withChannelPanelSource } from '../../core/panelRows'
import { WechatBundles } from './collection'
import { checkBundle, deliverBundle, withdrawBundleArticle } from './deliver'
import { bundlePanelSource } from './panelRows'
import { bundleSweep } from './sweep'

const bundleInput = [{ name: 'bundle', type: 'text', required: true }] as const

const bundleTask = (slug: string, label: string, run: (req: PayloadRequest, id: string) => Promise<unknown>): TaskConfig => ({
  slug: slug as never,
  label,
  inputSchema: [...bundleInput],
  // Retries are ours (deliver.ts reschedules with backoff).
  retries: 0,
  handler: async ({ input, req: shared }) => {
    const req = ownRequest(shared)
    await run(req, (input as { bundle: string }).bundle)
    return { output: {} }
  },
})

export const bundleTasks: TaskConfig[] = [
  bundleTask('deliverWechatBundle', '发表微信组稿', deliverBundle),
  bundleTask('checkWechatBundle', '查询微信组稿发表结果', checkBundle),
  {
    slug: 'withdrawWechatBundleArticle' as never,
    label: '撤回微信组稿中的一篇',
    inputSchema: [...bundleInput, { name: 'index', type: 'number', required: true }, { name: 'reason', type: 'text' }],
    retries: 3,
    handler: async ({ input, req: shared }) => {
      const req = ownRequest(shared)
      const { bundle, index, reason } = input as { bundle: string; index: number; reason?: string }
      await withdrawBundleArticle(req, bundle, index, reason ?? '')
      return { output: {} }
    },
  },
]

/**
 * 微信组稿 (multi-article posts): the collection, its jobs, its part of the outbox sweep and its rows in the items'
 * 渠道投递 panel, beside the publisher core.
 */
export const wechatBundlesPlugin =
  () =>
  (config: Config): Config =>
    withChannelPanelSource(
      withOutboxSweep(
        {
          ...config,
          collections: [...(config.collections ?? []), WechatBundles],
          jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...bundleTasks] },
        },
        bundleSweep,
      ),
      bundlePanelSource,
    )
