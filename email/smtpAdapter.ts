import nodemailer from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter, SendEmailOptions } from 'payload'

type Env = Record<string, string | undefined>

/**
 * SMTP settings from the environment, or null when none are set:
 * - `SMTP_URL=smtp://user:pass@host:587` (or `smtps://…:465` for implicit TLS), or
 * - `SMTP_HOST` with optional `SMTP_PORT`, `SMTP_USER`, `SMTP_PASS`, `SMTP_SECURE=true`.
 */
export function smtpOptions(env: Env = process.env): SMTPTransport.Options | null {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL)
    const secure = url.protocol === 'smtps:'
    return {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    }
  }
  if (env.SMTP_HOST) {
    const secure = env.SMTP_SECURE === 'true'
    return {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT ? Number(env.SMTP_PORT) : secure ? 465 : 587,
      secure,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    }
  }
  return null
}

const addressText = (from: SendEmailOptions['from']): string | undefined => {
  if (!from) return undefined
  if (typeof from === 'string') return from
  if (Array.isArray(from)) return undefined
  return from.name ? `${from.name} <${from.address}>` : from.address
}

/**
 * Payload's email adapter over SMTP (nodemailer) when SMTP is configured; undefined keeps Payload's console
 * adapter, which only logs that a mail would have been sent.
 *
 * Why not @payloadcms/email-nodemailer: no 3.90.2 was published, and Payload's start-up dependency check
 * refuses an @payloadcms package of another version than `payload` (an unhandled error outside production).
 * The adapter is this small; nodemailer does the work. The transport is not verified at start-up (a mail
 * server that is down must not delay or stop the CMS); a failed send is logged where it happens.
 */
export function smtpEmailAdapter(env: Env = process.env): EmailAdapter | undefined {
  const options = smtpOptions(env)
  if (!options) return undefined
  const defaultFromAddress = env.MAIL_FROM || `noreply@${options.host}`
  const defaultFromName = env.MAIL_FROM_NAME || '融媒审核通知'
  const transport = nodemailer.createTransport(options)
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) =>
      transport.sendMail({
        ...message,
        from: addressText(message.from) || `${defaultFromName} <${defaultFromAddress}>`,
      } as Parameters<typeof transport.sendMail>[0]),
  })
}
