import crypto from 'node:crypto'

/**
 * AES-256-GCM for channel credentials at rest. The key comes from CREDENTIALS_KEY (any string; hashed to
 * 32 bytes) or, failing that, PAYLOAD_SECRET, so a fresh demo works and production can rotate it separately.
 * Stored form: `enc:v1:<iv>:<tag>:<ciphertext>` (base64url).
 */
const PREFIX = 'enc:v1:'

function key(): Buffer {
  const secret = process.env.CREDENTIALS_KEY || process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('缺少 CREDENTIALS_KEY 或 PAYLOAD_SECRET，无法加密账号凭据。')
  return crypto.createHash('sha256').update(`rongmei-credentials:${secret}`).digest()
}

export const isEncrypted = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX)

export function encryptSecret(plain: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return PREFIX + [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join(':')
}

export function decryptSecret(stored: string): string {
  if (!isEncrypted(stored)) return stored
  const [iv, tag, body] = stored.slice(PREFIX.length).split(':').map((part) => Buffer.from(part, 'base64url'))
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
}
