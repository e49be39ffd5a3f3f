/**
 * The WeChat sandbox on its own: `node --import tsx publishers/wechat/sandbox/main.ts --port 3101`.
 * Options: --port N, --host H, --public-url URL (links on the phone page), --callback-base URL (the CMS:
 * pushes go to <base>/api/channel-accounts/<appid>/wechat-callback), --publish-delay-ms N, --fault-rate R,
 * --fault-seed N, --limits official|observed-strict. It serves the demo account of seed/ (DEMO_APP).
 */
import { parseArgs } from 'node:util'

import { DEMO_APP } from './options'
import { WECHAT_SANDBOX_PORT } from './port'
import { startWechatSandbox } from './server'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(WECHAT_SANDBOX_PORT) },
    host: { type: 'string', default: '127.0.0.1' },
    'public-url': { type: 'string' },
    'callback-base': { type: 'string' },
    'publish-delay-ms': { type: 'string', default: '3000' },
    'fault-rate': { type: 'string', default: '0' },
    'fault-seed': { type: 'string', default: '1' },
    limits: { type: 'string', default: 'official' },
  },
})

const callbackBase = values['callback-base']?.replace(/\/$/, '')
const sandbox = await startWechatSandbox({
  port: Number(values.port),
  host: values.host,
  publicUrl: values['public-url'],
  publishDelayMs: Number(values['publish-delay-ms']),
  faultRate: Number(values['fault-rate']),
  faultSeed: Number(values['fault-seed']),
  limits: values.limits === 'observed-strict' ? 'observed-strict' : 'official',
  apps: [{ ...DEMO_APP, callbackUrl: callbackBase ? `${callbackBase}/api/channel-accounts/${DEMO_APP.appId}/wechat-callback` : null }],
  log: (line) => console.log(line),
})
console.log(`WeChat sandbox ready at ${sandbox.url} (公众号 ${DEMO_APP.name} ${DEMO_APP.appId})`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void sandbox.close().then(() => process.exit(0)))
}
