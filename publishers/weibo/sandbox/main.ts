/**
 * The Weibo sandbox as a process of its own (`npm start` runs it; scripts/lib/services.ts):
 *   node --import tsx publishers/weibo/sandbox/main.ts
 * Port: WEIBO_SANDBOX_PORT (default 3102); host: WEIBO_SANDBOX_HOST (default 127.0.0.1). Limits and faults:
 * the WEIBO_SANDBOX_* variables of options.ts, or POST /__admin/… at run time.
 */
import { WEIBO_SANDBOX_PORT } from './port'
import { createWeiboSandbox } from './server'

const sandbox = createWeiboSandbox()
const url = await sandbox.listen(WEIBO_SANDBOX_PORT, process.env.WEIBO_SANDBOX_HOST || '127.0.0.1')
console.log(`微博沙箱已就绪 Weibo sandbox ready: ${url}/ （安全域名 ${sandbox.options.safeDomain ?? '未绑定'}）`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void sandbox.close().then(() => process.exit(0)))
}
