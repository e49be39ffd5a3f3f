import type { DemoCover } from './articles'

/**
 * The demo cultural project (网络文化项目): the culture festival's micro-video contest, at the mid-term stage,
 * with an evaluation note for each stage it passed. `works` name demo articles/videos by title.
 */
export const DEMO_CULTURAL_PROJECT = {
  name: '第五届网络文化节·微视频大赛',
  kind: 'festival' as const,
  unit: 'xcb',
  team: [
    { user: 'reviewer3@rongmei.local', role: '项目负责人' },
    { user: 'operator@rongmei.local', role: '平台运营与展播' },
    { user: 'editor@rongmei.local', role: '作品征集与编辑' },
    { name: '欧阳晨', role: '学生评审助理（微视频制作工作室）' },
    { name: '周婷婷', role: '易班宣传推广' },
  ],
  /** Days relative to the day of seeding. */
  periodStartInDays: -40,
  periodEndInDays: 60,
  stage: 'midterm' as const,
  evaluations: [
    {
      stage: 'application' as const,
      daysAgo: 60,
      note: '申报材料齐全，活动方案与学校网络文化建设规划契合，同意提交立项评审。',
    },
    {
      stage: 'approval' as const,
      daysAgo: 45,
      note: '同意立项。建议增加作品版权与肖像权说明，评审环节引入校外专家。',
    },
    {
      stage: 'midterm' as const,
      daysAgo: 3,
      note: '已征集作品47件，宣传覆盖全部学院；需加快评审专家邀请，并提前准备展播排期。',
    },
  ],
  works: {
    articles: ['第五届网络文化节开幕 微视频大赛同步启动征集'],
    videos: ['微视频｜《晨光里的汤院》'],
  },
  showcaseSummary:
    '微视频大赛是第五届网络文化节的核心活动，面向全校学生征集3分钟以内的原创微视频，优秀作品在学校官方新媒体平台展播并推荐参加省级评选。',
  cover: {
    file: 'demo-cover-weishipin',
    alt: '微视频大赛主视觉：胶片与光影',
    caption: '第五届网络文化节·微视频大赛主视觉',
    credit: '全媒体中心设计',
    colors: ['#312e81', '#f472b6'],
    motif: 'MICRO FILM 2026',
  } satisfies DemoCover,
  status: 'published' as const,
}
