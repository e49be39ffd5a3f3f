import React from 'react'

import './site.css'

export const metadata = {
  title: '融媒 · 全媒体中心',
  description: '高校全媒体中心：一次采编，三审发布，多渠道分发',
  alternates: { types: { 'application/rss+xml': '/feed.xml', 'application/atom+xml': '/atom.xml', 'application/feed+json': '/feed.json' } },
}

export const viewport = { width: 'device-width', initialScale: 1 }

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <a href="/">融媒 · 全媒体中心</a>
          <nav>
            <a href="/search">搜索</a>
            <a href="/feed.xml">RSS</a>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
