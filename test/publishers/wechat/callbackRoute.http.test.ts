import { describe, expect, inject, it } from 'vitest'

import { sealMessage, wechatSignature } from '../../../publishers/wechat/callbackCrypto'
import { httpClients } from '../../security/httpClients'

/**
 * The Next route handler on the real `next start` server: `/api/channel-accounts/<id>/wechat-callback` wins over
 * Payload's api catch-all, verifies the URL (echostr), refuses a forged push and acknowledges a signed,
 * encrypted PUBLISHJOBFINISH (for a publish_id nobody submitted: nothing to settle, still "success").
 */
const base = inject('serverUrl')
const { rest, fixtures } = httpClients()
const app = { appId: 'wxroute0123456789', appSecret: 'route-secret', token: 'routeToken', encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }

describe('WeChat callback route over HTTP', () => {
  it('verifies the URL, refuses forgeries, acknowledges signed pushes', async () => {
    const created = await rest.request('admin', 'POST', '/api/channel-accounts', {
      name: `回调测试公众号 ${Date.now().toString(36)}`, kind: 'wechat', tier: 'unit', unit: fixtures.units.A, responsiblePerson: '负责人',
      responsiblePhone: '13800000000', status: 'filed', credentials: { appId: app.appId, appSecret: app.appSecret, token: app.token, encodingAESKey: app.encodingAESKey },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const url = `${base}/api/channel-accounts/${(created.body.doc as { id: number }).id}/wechat-callback`
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = '1514711492'
    const signature = wechatSignature(app.token, timestamp, nonce)

    const verified = await fetch(`${url}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=4375120948345356249`)
    expect([verified.status, await verified.text()]).toEqual([200, '4375120948345356249'])
    expect((await fetch(`${url}?signature=${'f'.repeat(40)}&timestamp=${timestamp}&nonce=${nonce}&echostr=x`)).status).toBe(403)

    const message = '<xml><ToUserName>gh_route</ToUserName><MsgType>event</MsgType><Event>PUBLISHJOBFINISH</Event><PublishEventInfo><publish_id>999</publish_id><publish_status>3</publish_status></PublishEventInfo></xml>'
    const { encrypt, msgSignature } = sealMessage({ token: app.token, encodingAESKey: app.encodingAESKey, appId: app.appId, message, timestamp, nonce })
    const push = await fetch(`${url}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&encrypt_type=aes&msg_signature=${msgSignature}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: `<xml><ToUserName><![CDATA[gh_route]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    })
    expect([push.status, await push.text()]).toEqual([200, 'success'])
    const forged = await fetch(`${url}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&encrypt_type=aes&msg_signature=${'0'.repeat(40)}`, {
      method: 'POST',
      body: `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    })
    expect(forged.status).toBe(403)
    expect((await fetch(`${base}/api/channel-accounts/999999/wechat-callback`)).status).toBe(404)
  })
})
