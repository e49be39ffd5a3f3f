import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * WeChat's message-push crypto (消息加解密), pure: the SHA-1 signatures of URL verification, plaintext and
 * safe-mode pushes, and the AES-256-CBC envelope keyed by the 43-character EncodingAESKey. WeChat pads with
 * PKCS#7 to a multiple of 32 (not AES's 16), so node's automatic padding is off and we pad by hand.
 */

const BLOCK = 32

/** sha1 over the lexicographically sorted, concatenated parts, lowercase hex. */
export function wechatSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex')
}

/** Constant-time comparison of two hex signatures (an attacker learns nothing from timing). */
export function signatureMatches(expected: string, given: string | null | undefined): boolean {
  if (!given || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given.toLowerCase()))
}

/** `signature` of URL verification (GET) and plaintext pushes: sha1(sort(token, timestamp, nonce)). */
export const verifyUrlSignature = (token: string, timestamp: string, nonce: string, signature: string | null | undefined) =>
  signatureMatches(wechatSignature(token, timestamp, nonce), signature)

/** `msg_signature` of safe-mode pushes: sha1(sort(token, timestamp, nonce, Encrypt)). */
export const verifyMsgSignature = (token: string, timestamp: string, nonce: string, encrypt: string, msgSignature: string | null | undefined) =>
  signatureMatches(wechatSignature(token, timestamp, nonce, encrypt), msgSignature)

export class CallbackCryptoError extends Error {
  override name = 'CallbackCryptoError'
}

/** AESKey = base64decode(EncodingAESKey + "="), 32 bytes; the IV is its first 16 bytes. */
export function aesKeyOf(encodingAESKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAESKey)) throw new CallbackCryptoError('EncodingAESKey 必须是 43 位字母或数字')
  const key = Buffer.from(`${encodingAESKey}=`, 'base64')
  if (key.length !== 32) throw new CallbackCryptoError('EncodingAESKey 解码后不是 32 字节')
  return key
}

function pad(data: Buffer): Buffer {
  const amount = BLOCK - (data.length % BLOCK)
  return Buffer.concat([data, Buffer.alloc(amount, amount)])
}

function unpad(data: Buffer): Buffer {
  const amount = data[data.length - 1]
  if (!amount || amount > BLOCK || amount > data.length) throw new CallbackCryptoError('解密失败：填充不正确')
  return data.subarray(0, data.length - amount)
}

/** random(16) ‖ msg_len (4 bytes, big-endian) ‖ msg ‖ appid → AES-256-CBC → base64. */
export function encryptMessage(encodingAESKey: string, appId: string, message: string, random: Buffer = randomBytes(16)): string {
  if (random.length !== 16) throw new CallbackCryptoError('随机串必须是 16 字节')
  const key = aesKeyOf(encodingAESKey)
  const body = Buffer.from(message, 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  const plain = pad(Buffer.concat([random, length, body, Buffer.from(appId, 'utf8')]))
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64')
}

/** The inverse: returns the message and the appid it was sealed for (the caller checks it is theirs). */
export function decryptMessage(encodingAESKey: string, encrypt: string): { message: string; appId: string; random: Buffer } {
  const key = aesKeyOf(encodingAESKey)
  const sealed = Buffer.from(encrypt, 'base64')
  if (sealed.length === 0 || sealed.length % BLOCK !== 0) throw new CallbackCryptoError('解密失败：密文长度不正确')
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
  const plain = unpad(Buffer.concat([decipher.update(sealed), decipher.final()]))
  if (plain.length < 20) throw new CallbackCryptoError('解密失败：明文过短')
  const length = plain.readUInt32BE(16)
  if (20 + length > plain.length) throw new CallbackCryptoError('解密失败：消息长度不正确')
  return {
    random: plain.subarray(0, 16),
    message: plain.subarray(20, 20 + length).toString('utf8'),
    appId: plain.subarray(20 + length).toString('utf8'),
  }
}

/** Seals a message for sending (the sandbox's push, an encrypted reply): Encrypt and its msg_signature. */
export function sealMessage(opts: { token: string; encodingAESKey: string; appId: string; message: string; timestamp: string; nonce: string; random?: Buffer }) {
  const encrypt = encryptMessage(opts.encodingAESKey, opts.appId, opts.message, opts.random)
  return { encrypt, msgSignature: wechatSignature(opts.token, opts.timestamp, opts.nonce, encrypt) }
}
