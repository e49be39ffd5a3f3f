import React from 'react'

import './site.css'

export const metadata = {
  title: '融媒 · 全媒体中心',
  description: '高校全媒体中心：一次采编，三审发布，多渠道分发',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <a href="/">融媒 · 全媒体中心</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
