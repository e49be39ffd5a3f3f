/**
 * nginx in front of a running `next start`, in the foreground (Ctrl-C stops it):
 *
 *   node --import tsx scripts/nginx-front.ts --upstream 3000 --listen 8080 [--host 0.0.0.0] [--public public]
 *   node --import tsx scripts/nginx-front.ts --upstream 3000 --print [--run-dir /var/cache/nginx/rongmei]   # print the config for a system nginx
 *
 * The config is deploy/nginx/rongmei.conf.template; pid, logs, temp files and the cache live in a temp dir
 * (printed), removed on exit. See README, "Production: nginx in front".
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { renderNginxConfig, startNginxFront } from './lib/nginxFront'

const { values } = parseArgs({
  options: {
    upstream: { type: 'string', default: process.env.PORT || '3000' },
    listen: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    public: { type: 'string', default: 'public' },
    workers: { type: 'string', default: 'auto' },
    print: { type: 'boolean', default: false },
    'run-dir': { type: 'string', default: '/var/cache/nginx/rongmei' },
  },
})
const upstream = /^\d+$/.test(values.upstream!) ? Number(values.upstream) : values.upstream!

if (values.print) {
  const runDir = values['run-dir']!
  const upstreamAddress = typeof upstream === 'number' ? `127.0.0.1:${upstream}` : upstream
  process.stdout.write(await renderNginxConfig({ upstream: upstreamAddress, listen: `${values.host}:${values.listen}`, publicDir: path.resolve(values.public!), runDir, workers: values.workers! }))
} else {
  const front = await startNginxFront({ upstream, listenPort: Number(values.listen), listenHost: values.host, publicDir: values.public, workers: values.workers === 'auto' ? 'auto' : Number(values.workers) })
  console.log(`nginx 已启动 listening on ${front.url} → next at ${upstream}; micro-cache 1 s; pid/logs/cache in ${front.runDir}`)
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await front.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
