import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { ArticleView } from '../../app/(frontend)/_components/ArticleView'
import { duration } from '../../publishers/radio/rundown/timing'
import { loadChannelPreviews, type PreviewCollection } from './loadPreviews'
import '../wechat/wechatPreview.css'
import '../weibo/weibo.css'
import './channelPreview.css'

/** A channel's card: its name, the account it is drawn for, and what would stop delivery there. */
function Card({ channel, name, account, targeted, problems = [], children }: { channel: string; name: string; account: string; targeted: boolean; problems?: string[]; children: React.ReactNode }) {
  return (
    <section className="rm-cp__card" data-channel={channel} aria-label={`${name}预览`}>
      <header className="rm-cp__head">
        <h3>{name}</h3>
        <span className="rm-cp__account" data-targeted={targeted}>
          {targeted ? `账号：${account}` : '未选择该渠道账号（仅预览）'}
        </span>
      </header>
      {problems.length ? (
        <ul className="rm-cp__problems" aria-label="无法投递的问题">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <div className="rm-cp__body">{children}</div>
    </section>
  )
}

/**
 * 渠道预览 (a tab of an article or video): the last saved version as each channel ships it, side by side —
 * the website page (the site's renderer and component), the WeChat phone frame (its preview endpoint), the
 * Weibo card, the 播音稿 with its read time and the 校报 print copy (each channel's own `render` from the
 * registry). Read on the server with the signed-in user's access.
 */
export async function ChannelPreviewView(props: DocumentViewServerProps) {
  const { initPageResult } = props
  const { req, collectionConfig, docID } = initPageResult
  const collection = collectionConfig?.slug as PreviewCollection
  const previews = docID == null ? null : await loadChannelPreviews(req, collection, docID)
  if (!previews) {
    return (
      <Gutter className="rm-cp">
        <p className="rm-cp__muted">{docID == null ? '保存稿件后可预览各渠道的效果。' : '找不到该稿件，或无权查看。'}</p>
      </Gutter>
    )
  }
  const api = `${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`
  const { website, wechat, weibo, radio, newspaper } = previews
  return (
    <Gutter className="rm-cp">
      <h2 className="rm-cp__title">渠道预览</h2>
      <p className="rm-cp__muted">预览的是最近保存的版本，由各渠道投递时使用的同一渲染器生成；修改后请先保存再查看。</p>
      <div className="rm-cp__grid">
        <Card channel="website" name="网站" account={website.account} targeted={website.targeted} problems={website.problems}>
          {website.artifact ? <p className="rm-cp__muted">网址：{website.artifact.path}</p> : null}
          <div className="rm-cp__site">
            <ArticleView page={website.page} />
          </div>
        </Card>
        <Card channel="wechat" name="微信公众号" account={wechat.account} targeted={wechat.targeted} problems={wechat.problems}>
          <div className="rm-wx__phone">
            <div className="rm-wx__notch" />
            <iframe title="微信文章预览" src={`${api}/${collection}/${docID}/wechat-preview`} sandbox="" className="rm-wx__screen" />
          </div>
          {wechat.artifact?.warnings.length ? (
            <ul className="rm-cp__notes" aria-label="提示">
              {wechat.artifact.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card channel="weibo" name="微博" account={weibo.account} targeted={weibo.targeted} problems={weibo.problems}>
          {weibo.artifact ? (
            <>
              <div className="rm-wb__card">
                <div className="rm-wb__head">
                  <div className="rm-wb__avatar" aria-hidden>
                    {weibo.account.slice(0, 1)}
                  </div>
                  <div>
                    <div className="rm-wb__name">{weibo.account}</div>
                    <div className="rm-wb__time">刚刚 来自 融媒</div>
                  </div>
                </div>
                <p className="rm-wb__text">{weibo.artifact.text}</p>
              </div>
              <div className="rm-wb__count" data-over={weibo.artifact.length > weibo.artifact.limit}>
                {weibo.artifact.length} / {weibo.artifact.limit} 字
              </div>
            </>
          ) : null}
        </Card>
        <Card channel="radio" name="校园广播" account={radio.account} targeted={radio.targeted} problems={radio.problems}>
          {radio.artifact ? (
            <>
              <p className="rm-cp__readtime">
                约 {radio.artifact.syllables} 个音节，按 {radio.artifact.script.rate} 字/分钟朗读约 <strong>{duration(radio.artifact.seconds)}</strong>
              </p>
              {radio.artifact.notes.length ? <p className="rm-cp__muted">{radio.artifact.notes.join('；')}</p> : null}
              <div className="rm-cp__script">{radio.artifact.hintedText}</div>
            </>
          ) : null}
        </Card>
        <Card channel="newspaper" name="校报" account={newspaper.account} targeted={newspaper.targeted} problems={newspaper.problems}>
          {newspaper.artifact && !newspaper.problems.length ? (
            <article className="rm-cp__print">
              {newspaper.artifact.kicker ? <p className="rm-cp__kicker">{newspaper.artifact.kicker}</p> : null}
              <h4 className="rm-cp__headline">{newspaper.artifact.headline}</h4>
              {newspaper.artifact.deck ? <p className="rm-cp__deck">——{newspaper.artifact.deck}</p> : null}
              {newspaper.artifact.byline ? <p className="rm-cp__byline">{newspaper.artifact.byline}</p> : null}
              {newspaper.artifact.paragraphs.map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
              <p className="rm-cp__muted">{newspaper.artifact.photo != null ? '配图：封面（压题照片）' : '无配图'}；版面位置和删减在校报期次的“版面编排”中确定。</p>
            </article>
          ) : null}
        </Card>
      </div>
    </Gutter>
  )
}

export default ChannelPreviewView
