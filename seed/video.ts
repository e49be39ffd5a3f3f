import type { DemoCover, DemoCredit } from './articles'
import type { Block } from './lexical'

/**
 * The demo video: a 4-second clip committed under seed/assets (made once with ffmpeg, so seeding needs no
 * ffmpeg), a poster generated with sharp, and WebVTT subtitles written from `subtitles` below.
 */
export const DEMO_VIDEO = {
  title: '微视频｜《晨光里的汤院》',
  kicker: '第五届网络文化节·微视频大赛参赛作品',
  summary: '清晨六点半的校园：晨读的新生、湖边跑步的老师、食堂第一笼包子。微视频制作工作室用镜头记录汤院的早晨。',
  column: 'tangqing-zhisheng',
  unit: 'wsp',
  tags: ['微视频', '网络文化节', '早鸟行动'],
  source: '微视频制作工作室',
  credits: [
    { role: 'video', name: '欧阳晨' },
    { role: 'video', name: '钱梦琪' },
    { role: 'editor', user: 'editor@rongmei.local' },
  ] satisfies DemoCredit[],
  targets: ['融媒网站', '汤院易班官方微博'],
  file: { path: 'seed/assets/micro-video-demo.mp4', name: 'demo-video-chenguang.mp4', mimeType: 'video/mp4' },
  /** Seconds, as ffprobe reports for the committed file. */
  duration: 4,
  poster: {
    file: 'demo-poster-chenguang',
    alt: '《晨光里的汤院》海报：晨光中的图书馆',
    caption: '《晨光里的汤院》海报帧',
    credit: '微视频制作工作室',
    colors: ['#1e3a8a', '#f59e0b'],
    motif: 'MORNING LIGHT',
  } satisfies DemoCover,
  subtitles: [
    { from: 0, to: 1.5, text: '早上六点半，汤院醒了。' },
    { from: 1.5, to: 3, text: '图书馆广场上，书声琅琅。' },
    { from: 3, to: 4, text: '新的一天，从晨光开始。' },
  ],
  transcript: '早上六点半，汤院醒了。图书馆广场上，书声琅琅。新的一天，从晨光开始。',
  body: [
    '《晨光里的汤院》是微视频制作工作室为第五届网络文化节微视频大赛创作的作品。',
    '拍摄团队连续一周在清晨五点半出发，走遍图书馆广场、明德湖畔和第一食堂，记录下校园最安静也最有生气的时刻。',
  ] satisfies Block[],
  status: 'published' as const,
}

/** WebVTT text for the subtitles above. */
export function demoVtt(cues = DEMO_VIDEO.subtitles): string {
  const stamp = (seconds: number) => {
    const ms = Math.round(seconds * 1000)
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
  }
  return ['WEBVTT', '', ...cues.flatMap((cue, i) => [String(i + 1), `${stamp(cue.from)} --> ${stamp(cue.to)}`, cue.text, ''])].join('\n')
}
