import { NextResponse, type NextRequest } from 'next/server'

/**
 * Payload picks the admin language from the `payload-lng` cookie, then from the browser. A media centre
 * works in Chinese, so a visitor who has not chosen a language gets 简体中文 even from an English browser;
 * choosing English in the account settings sets the cookie and wins from then on.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; payload-lng=zh` : 'payload-lng=zh')
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set('payload-lng', 'zh', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
