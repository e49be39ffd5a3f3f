import { describe, expect, it } from 'vitest'

import { decryptMessage, encryptMessage, sealMessage, verifyMsgSignature, verifyUrlSignature, wechatSignature } from '../../../publishers/wechat/callbackCrypto'

/** The official vectors of WeChat's 消息推送 doc (channels-api.md §1.4), full ciphertexts from the doc page. */
const TOKEN = 'AAAAA'
const KEY = 'A'.repeat(43)
const APP_ID = 'wxba5fad812f8e6fb9'
const ENCRYPT =
  '+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04='
const DEBUG_DEMO =
  '{"ToUserName":"gh_97417a04a28d","FromUserName":"o9AgO5Kd5ggOC-bXrbNODIiE3bGY","CreateTime":1714112445,"MsgType":"event","Event":"debug_demo","debug_str":"hello world"}'

describe('WeChat callback crypto: official vectors', () => {
  it('URL verification signature (GET)', () => {
    expect(wechatSignature(TOKEN, '1714036504', '1514711492')).toBe('f464b24fc39322e44b38aa78f5edd27bd1441696')
    expect(verifyUrlSignature(TOKEN, '1714036504', '1514711492', 'f464b24fc39322e44b38aa78f5edd27bd1441696')).toBe(true)
    expect(verifyUrlSignature(TOKEN, '1714036504', '1514711493', 'f464b24fc39322e44b38aa78f5edd27bd1441696')).toBe(false)
    expect(verifyUrlSignature('BBBBB', '1714036504', '1514711492', 'f464b24fc39322e44b38aa78f5edd27bd1441696')).toBe(false)
  })

  it('plaintext push signature', () => {
    expect(wechatSignature(TOKEN, '1714037059', '486452656')).toBe('899cf89e464efb63f54ddac96b0a0a235f53aa78')
  })

  it('safe-mode msg_signature and decryption (pad 19, msg_len 167, debug_demo)', () => {
    expect(verifyMsgSignature(TOKEN, '1714112445', '415670741', ENCRYPT, '046e02f8204d34f8ba5fa3b1db94908f3df2e9b3')).toBe(true)
    expect(verifyMsgSignature(TOKEN, '1714112445', '415670741', ENCRYPT.replace('+qdx', '+qdy'), '046e02f8204d34f8ba5fa3b1db94908f3df2e9b3')).toBe(false)
    const sealed = Buffer.from(ENCRYPT, 'base64')
    expect(sealed.length).toBe(224)
    const { message, appId, random } = decryptMessage(KEY, ENCRYPT)
    expect(random.toString()).toBe('a8eedb185eb2fecf')
    expect(Buffer.byteLength(message)).toBe(167)
    expect(message).toBe(DEBUG_DEMO)
    expect(appId).toBe(APP_ID)
    // 16 + 4 + 167 + 18 = 205 bytes of plaintext, padded with 19 bytes of 19 to 224.
    expect(224 - (16 + 4 + 167 + APP_ID.length)).toBe(19)
    // Re-encrypting with the same random reproduces the official ciphertext byte for byte.
    expect(encryptMessage(KEY, APP_ID, message, random)).toBe(ENCRYPT)
  })

  it('encrypted reply vector', () => {
    const { encrypt, msgSignature } = sealMessage({
      token: TOKEN, encodingAESKey: KEY, appId: APP_ID, message: '{"demo_resp":"good luck"}',
      timestamp: '1713424427', nonce: '415670741', random: Buffer.from('707722b803182950'),
    })
    expect(encrypt).toBe('ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==')
    expect(msgSignature).toBe('1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1')
  })

  it('round-trips Chinese text with another key, and refuses tampering and bad keys', () => {
    const key = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
    const message = '<xml><Event><![CDATA[PUBLISHJOBFINISH]]></Event><Note>发表成功✓</Note></xml>'
    const encrypt = encryptMessage(key, 'wx5c1f0e2d9a7b3c41', message, Buffer.from('0123456789abcdef'))
    expect(decryptMessage(key, encrypt)).toMatchObject({ message, appId: 'wx5c1f0e2d9a7b3c41' })
    const tampered = Buffer.from(encrypt, 'base64')
    tampered[tampered.length - 1] ^= 0xff
    expect(() => decryptMessage(key, tampered.toString('base64'))).toThrow(/解密失败/)
    expect(() => decryptMessage(key, 'abc')).toThrow(/解密失败/)
    expect(() => decryptMessage('short', encrypt)).toThrow(/EncodingAESKey/)
  })
})
