import type { Block } from './lexical'

/**
 * The demo articles: realistic campus news of the fictional 汤溪学院 (“汤院”). Plain data; seed/demo.ts turns
 * `body` into Lexical JSON (seed/lexical.ts) and generates each cover with sharp (seed/images.ts).
 * `title` is the natural key the seed finds an article by.
 */
export type DemoCredit = { role: 'text' | 'photo' | 'video' | 'editor' | 'proof'; user?: string; name?: string }

export type DemoCover = {
  /** File name stem; every demo file starts with "demo-" so tests can clean up what they wrote. */
  file: string
  alt: string
  caption: string
  credit: string
  /** Gradient start/end colours and a short Latin caption drawn on the placeholder image. */
  colors: [string, string]
  motif: string
}

export type DemoArticle = {
  title: string
  kicker?: string
  subtitle?: string
  summary: string
  /** Column slug (seed/columns.ts) */
  column?: string
  /** Unit code (seed/units.ts) */
  unit: string
  tags: string[]
  source?: string
  credits: DemoCredit[]
  /** Published items get `_status: 'published'`; the rest stay drafts in the given review state. */
  status: 'published' | 'draft'
  workflowState: 'draft' | 'review1' | 'review2' | 'review3' | 'approved' | 'published'
  /** Channel account names (seed/channelAccounts.ts) */
  targets: string[]
  cover: DemoCover
  body: Block[]
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    title: '“早鸟行动”晨读打卡启动 三千余名新生清晨相约图书馆广场',
    kicker: '早起 早读 早锻炼',
    summary:
      '9月16日清晨6点半，校团委联合学工部启动2026年秋季学期“早鸟行动”晨读打卡活动，3200余名新生在图书馆广场、明德湖畔等6个晨读点开展英语晨读和经典诵读。',
    column: 'zaoniao-xingdong',
    unit: 'tw',
    tags: ['早鸟行动', '晨读', '新生', '学风建设'],
    source: '校团委',
    credits: [
      { role: 'text', name: '李沐阳' },
      { role: 'text', name: '张可欣' },
      { role: 'photo', name: '王浩然' },
      { role: 'editor', user: 'editor@rongmei.local' },
    ],
    status: 'published',
    workflowState: 'published',
    targets: ['融媒网站', '青春汤院微信公众号'],
    cover: {
      file: 'demo-cover-zaoniao',
      alt: '清晨的图书馆广场上，新生们手捧书本晨读',
      caption: '9月16日清晨，新生在图书馆广场参加“早鸟行动”晨读。',
      credit: '王浩然 摄',
      colors: ['#f97316', '#fde68a'],
      motif: 'EARLY BIRD 06:30',
    },
    body: [
      '9月16日清晨6点半，天刚蒙蒙亮，图书馆广场上已是书声琅琅。由校团委联合学工部组织的2026年秋季学期“早鸟行动”晨读打卡活动正式启动，3200余名2026级新生在图书馆广场、明德湖畔、求是楼前等6个晨读点开展英语晨读和经典诵读。',
      '“早鸟行动”是我校坚持了九年的学风建设品牌活动，每学期开展16周，每周一至周五早晨6:30至7:10进行。活动由各学院学生会组织，辅导员和学业导师轮流到场督导，学生通过易班“早鸟打卡”轻应用签到。',
      { heading: '从“要我早起”到“我要早起”' },
      '启动仪式上，校团委书记为首批“早鸟领读员”颁发聘书。来自文学与传媒学院的大二学生刘一诺是去年的“晨读之星”，她说：“刚开始是被闹钟叫醒，坚持一个月后，身体自己就醒了。早上的半小时，是一天里脑子最清醒的时候。”',
      '据统计，上学期共有1.2万人次参与晨读打卡，参与学生的英语四级通过率比未参与学生高出11个百分点。不少学生把晨读的习惯带进了考研备考，形成了“早鸟—自习—考研”的学习链条。',
      { heading: '本学期的新变化' },
      {
        list: [
          '晨读点由4个增加到6个，新增明德湖畔和体育馆东侧两处室外晨读点；',
          '每周三设“经典诵读日”，诵读篇目由马克思主义学院和文学与传媒学院共同遴选；',
          '连续打卡满30天的同学可获得第二课堂学分0.5分；',
          '雨雪天气晨读移至各教学楼一楼大厅，具体安排以易班通知为准。',
        ],
      },
      [
        '活动报名和打卡均在易班进行，详细规则见',
        { link: '易班“早鸟行动”专题页', url: 'https://www.yiban.cn/' },
        '。校团委表示，将根据打卡数据每月评选“早鸟之星”和“优秀晨读点”，并在“早鸟行动”栏目持续报道。',
      ],
    ],
  },
  {
    title: '汤青之声｜他在实验室守了三年，只为一颗更耐旱的小麦种子',
    kicker: '汤青之声·身边的榜样',
    subtitle: '记生命科学学院2023级博士研究生郑宇航',
    summary:
      '本期《汤青之声》走近博士研究生郑宇航。三年里，他在温室和实验室之间往返一千多次，筛选出两个耐旱性显著提高的小麦株系，相关成果发表在植物学领域期刊上。',
    column: 'tangqing-zhisheng',
    unit: 'qmt',
    tags: ['汤青之声', '榜样', '科研', '研究生'],
    source: '全媒体中心',
    credits: [
      { role: 'text', name: '何雨桐' },
      { role: 'photo', name: '许嘉禾' },
      { role: 'editor', user: 'operator@rongmei.local' },
    ],
    status: 'published',
    workflowState: 'published',
    targets: ['融媒网站', '校园之声广播台'],
    cover: {
      file: 'demo-cover-tangqing',
      alt: '温室里，一名研究生正在观察小麦幼苗',
      caption: '郑宇航在学校温室观察小麦幼苗的生长情况。',
      credit: '许嘉禾 摄',
      colors: ['#065f46', '#a7f3d0'],
      motif: 'VOICE OF TANGQING',
    },
    body: [
      '早上七点，农学楼顶层的温室已经亮起了灯。郑宇航戴上手套，逐一记录每一盆小麦幼苗的叶片含水量。这样的记录，他已经坚持了三年，笔记本写满了十一本。',
      { heading: '“失败是实验的常态”' },
      '2023年，郑宇航加入导师课题组，研究方向是小麦耐旱相关基因的功能验证。第一年，他构建的二十多个转基因株系几乎全部没有达到预期表型。“那段时间每天都在怀疑自己，”他回忆说，“后来导师告诉我，失败是实验的常态，关键是每一次失败都要知道为什么。”',
      '他把每一次失败的原因都整理成表格，逐项排查温度、光照、取样时间等变量。第二年春天，两个株系在干旱胁迫下的存活率比对照组提高了近四成。',
      { heading: '把论文写在大地上' },
      '去年暑假，郑宇航跟随课题组到皖北的试验田开展田间验证，在40℃的高温下连续工作了二十多天。当地种粮大户老周说：“这个小伙子话不多，可地里的事门儿清。”',
      { quote: '“科研不是为了发论文，是为了有一天，农民能种上更省水的麦子。”——郑宇航' },
      '三年来，郑宇航的主要收获有：',
      {
        list: [
          '以第一作者发表SCI论文2篇，申请国家发明专利1项；',
          '获研究生国家奖学金、校“十佳研究生”称号；',
          '指导本科生完成大学生创新创业训练项目2项。',
        ],
      },
      [
        '本期节目音频将于本周三中午12:10在校园之声广播台播出，也可在',
        { link: '融媒网站“汤青之声”栏目', url: 'https://news.rongmei.local/columns/tangqing-zhisheng' },
        '回听。欢迎推荐你身边的榜样故事。',
      ],
    ],
  },
  {
    title: '小易观察日记｜图书馆“座位预约”上线一个月，占座现象少了吗？',
    kicker: '小易观察日记',
    summary:
      '图书馆座位预约系统上线一个月，易班学生记者连续五天蹲点观察、回收问卷826份：占座投诉下降七成，但“预约后不到场”成为新问题。',
    column: 'xiaoyi-guancha',
    unit: 'yiban',
    tags: ['小易观察日记', '图书馆', '易班', '调查'],
    source: '易班发展中心',
    credits: [
      { role: 'text', name: '周婷婷' },
      { role: 'text', name: '吴子涵' },
      { role: 'photo', name: '吴子涵' },
      { role: 'editor', name: '马晓东' },
    ],
    status: 'published',
    workflowState: 'published',
    targets: ['融媒网站', '汤院易班官方微博'],
    cover: {
      file: 'demo-cover-xiaoyi',
      alt: '图书馆阅览室里，学生在扫码签到座位',
      caption: '学生在图书馆三楼阅览室扫码签到。',
      credit: '吴子涵 摄',
      colors: ['#1d4ed8', '#93c5fd'],
      motif: 'XIAOYI DIARY',
    },
    body: [
      '10月的一个周一早上8点，图书馆三楼自习区的门口排起了队。和以往不同的是，排队的同学都拿着手机——他们在扫码签到预约好的座位。这是图书馆座位预约系统上线的第31天。',
      { heading: '小易的五天蹲点' },
      '为了弄清楚预约系统到底好不好用，易班学生记者“小易”连续五天在图书馆蹲点观察，并通过易班发放问卷，共回收有效问卷826份。',
      {
        list: [
          '78.3%的同学认为“占座现象明显减少”；',
          '高峰时段（8:00—10:00）空座率由上线前的不足5%上升到约18%；',
          '有31.6%的同学遇到过“预约了却被别人坐了”的情况，多发生在签到宽限期内；',
          '“预约后不到场”每天约有200人次，占预约总量的12%。',
        ],
        ordered: true,
      },
      { heading: '新问题：预约了却不来' },
      '“我早上7点就抢不到座位了，可9点去看，好几个‘已预约’的座位一直空着。”信息工程学院的大三学生小林说。图书馆工作人员介绍，目前系统对预约后15分钟未签到的座位自动释放，对一个月内违约3次的账号暂停预约权限7天。',
      '对此，不少同学建议缩短签到宽限时间、增加临时离开的“暂离”功能。图书馆表示，这些建议已经转交信息化处评估，计划在下个月的系统升级中试行。',
      [
        '小易会继续关注系统升级后的变化。你对图书馆座位预约还有哪些建议？欢迎在',
        { link: '易班“小易观察日记”话题', url: 'https://www.yiban.cn/' },
        '下留言，或给我们的官方微博发私信。',
      ],
    ],
  },
  {
    title: '“汤院通”校园服务小程序上线',
    kicker: '学生作品',
    subtitle: '网络产品设计工作室学生团队历时八个月打造',
    summary:
      '由信息工程学院网络产品设计工作室学生团队开发的“汤院通”小程序正式上线，整合课表查询、空教室、校车时刻、报修等12项常用服务，上线首周访问量突破4万人次。',
    unit: 'wlcp',
    tags: ['网络产品设计工作室', '小程序', '智慧校园', '学生团队'],
    source: '信息工程学院',
    credits: [
      { role: 'text', name: '唐一鸣' },
      { role: 'photo', name: '邵佳琪' },
      { role: 'editor', user: 'editor@rongmei.local' },
    ],
    status: 'published',
    workflowState: 'published',
    targets: ['融媒网站', '青春汤院微信公众号'],
    cover: {
      file: 'demo-cover-tangyuantong',
      alt: '学生团队围在电脑前讨论小程序界面',
      caption: '网络产品设计工作室的同学在讨论“汤院通”界面方案。',
      credit: '邵佳琪 摄',
      colors: ['#7c3aed', '#f0abfc'],
      motif: 'CAMPUS APP',
    },
    body: [
      '11月2日，由信息工程学院网络产品设计工作室学生团队开发的“汤院通”校园服务小程序正式上线。小程序整合了课表查询、空教室查询、校车时刻、宿舍报修、失物招领等12项常用服务，上线首周访问量突破4万人次。',
      { heading: '从一次“找教室”开始' },
      '项目负责人、信息工程学院2023级软件工程专业学生唐一鸣说，做这个小程序的想法来自去年的一次经历：“期末复习想找个空教室，跑了三栋楼都没找到。学校的数据其实都有，就是分散在不同的系统里。”',
      '在信息化处的支持下，团队通过学校统一数据接口获取课表、教室和校车数据。8个月里，团队先后做了3轮用户访谈、5次可用性测试，界面方案改了二十多版。',
      { heading: '主要功能' },
      {
        list: [
          [{ bold: '课表与空教室：' }, '按楼栋、时段查询空闲教室，结果每15分钟更新；'],
          [{ bold: '校车时刻：' }, '显示两个校区间班车的实时位置和预计到站时间；'],
          [{ bold: '报修与失物招领：' }, '拍照提交报修，进度实时推送；'],
          [{ bold: '无障碍：' }, '支持系统字体放大和读屏软件。'],
        ],
      },
      '信息化处相关负责人表示，“汤院通”是学生参与智慧校园建设的一次有益尝试，学校将持续开放更多数据接口，支持学生团队开发校园服务应用。',
      [
        '使用中遇到问题或有功能建议，可通过小程序内“意见反馈”提交，也可访问',
        { link: '网络产品设计工作室主页', url: 'https://news.rongmei.local/units/wlcp' },
        '了解团队招新信息。',
      ],
    ],
  },
  {
    title: '马克思主义学院开展“行走的思政课” 把课堂搬进红色场馆',
    kicker: '大思政课',
    summary:
      '马克思主义学院组织“行走的思政课”实践教学，120余名学生分赴渡江战役纪念馆、小岗村等地开展现场教学和专题调研。',
    unit: 'mks',
    tags: ['大思政课', '实践教学', '马克思主义学院'],
    source: '马克思主义学院',
    credits: [
      { role: 'text', name: '高文静' },
      { role: 'photo', name: '冯子轩' },
      { role: 'editor', name: '高文静' },
    ],
    status: 'draft',
    workflowState: 'review1',
    targets: ['融媒网站'],
    cover: {
      file: 'demo-cover-sizheng',
      alt: '学生在纪念馆内聆听讲解',
      caption: '学生在渡江战役纪念馆开展现场教学。',
      credit: '冯子轩 摄',
      colors: ['#991b1b', '#fca5a5'],
      motif: 'ON THE ROAD',
    },
    body: [
      '11月中旬，马克思主义学院组织“行走的思政课”实践教学活动，120余名学生在8名思政课教师带领下，分赴渡江战役纪念馆、小岗村等地开展现场教学和专题调研。',
      { heading: '在现场读懂历史' },
      '在渡江战役纪念馆，学生们在讲解员的带领下参观了“百万雄师过大江”主题展览。“书本上的一句话，在这里变成了一张张照片、一件件实物。”2025级学生王子墨在实践日志中写道。',
      '在小岗村，学生们走访了村史馆和农户，围绕农村改革、乡村振兴等主题开展访谈，共形成调研报告12篇。',
      { heading: '实践教学怎么考核' },
      {
        list: [
          '实践日志（30%）：记录每天的所见、所闻、所思；',
          '调研报告（40%）：以小组为单位完成，由指导教师评阅；',
          '成果展示（30%）：在课堂上进行10分钟汇报。',
        ],
      },
      [
        '学院表示，将把优秀调研报告汇编成册，并推荐参加全省大学生思政课实践成果展示活动。相关政策可参见',
        { link: '教育部关于“大思政课”建设的工作方案', url: 'http://www.moe.gov.cn/' },
        '。',
      ],
    ],
  },
  {
    title: '文学与传媒学院举办第十届“汤溪杯”新闻写作大赛',
    kicker: '赛事',
    summary:
      '第十届“汤溪杯”新闻写作大赛收到来自全校14个学院的作品312件，设消息、通讯、评论、融媒体作品四个组别，评出一等奖8名。',
    unit: 'wxcm',
    tags: ['新闻写作', '比赛', '文学与传媒学院'],
    source: '文学与传媒学院',
    credits: [
      { role: 'text', user: 'editor@rongmei.local' },
      { role: 'photo', name: '林书瑶' },
      { role: 'editor', user: 'editor@rongmei.local' },
    ],
    status: 'draft',
    workflowState: 'draft',
    targets: ['融媒网站', '汤院校报'],
    cover: {
      file: 'demo-cover-xinwen',
      alt: '颁奖现场，获奖学生手持证书合影',
      caption: '第十届“汤溪杯”新闻写作大赛颁奖现场。',
      credit: '林书瑶 摄',
      colors: ['#0f766e', '#fef08a'],
      motif: 'WRITING AWARD',
    },
    body: [
      '11月20日，由文学与传媒学院主办的第十届“汤溪杯”新闻写作大赛颁奖典礼在学术报告厅举行。本届大赛共收到来自全校14个学院的作品312件，经初评、复评和终评，评出一等奖8名、二等奖16名、三等奖24名。',
      { heading: '四个组别，融媒体作品首次单列' },
      '本届大赛设消息、通讯、评论和融媒体作品四个组别。融媒体作品组首次单独设奖，共收到短视频、H5、数据新闻等作品67件，占参赛作品总数的两成以上。',
      {
        list: [
          '消息组一等奖：《凌晨四点的食堂》等2件；',
          '通讯组一等奖：《一个村子的三代教师》等2件；',
          '评论组一等奖：《“已读不回”背后的沟通焦虑》等2件；',
          '融媒体作品组一等奖：《一张图看懂校车线路调整》等2件。',
        ],
      },
      { heading: '评委：好新闻要“脚下有泥”' },
      '担任终评评委的省级媒体资深编辑在点评时说，今年的作品选题更贴近校园生活，但部分作品“坐在宿舍里写新闻”的痕迹较重。“好新闻要脚下有泥，多到现场去，多和人聊。”',
      [
        '获奖作品将在校报和融媒网站陆续刊发，完整获奖名单见',
        { link: '文学与传媒学院官网通知', url: 'https://news.rongmei.local/units/wxcm' },
        '。',
      ],
    ],
  },
  {
    title: '第五届网络文化节开幕 微视频大赛同步启动征集',
    kicker: '网络文化节',
    summary:
      '以“青春光影·网聚汤院”为主题的第五届网络文化节开幕，将持续至明年1月，设微视频大赛、网文创作、网络公开课等六项活动，微视频大赛即日起征集作品。',
    column: 'tangqing-zhisheng',
    unit: 'xcb',
    tags: ['网络文化节', '微视频大赛', '征集'],
    source: '党委宣传部',
    credits: [
      { role: 'text', name: '沈佳怡' },
      { role: 'photo', name: '许嘉禾' },
      { role: 'editor', user: 'operator@rongmei.local' },
    ],
    status: 'published',
    workflowState: 'published',
    targets: ['融媒网站', '青春汤院微信公众号', '汤院易班官方微博'],
    cover: {
      file: 'demo-cover-wenhuajie',
      alt: '网络文化节开幕式舞台，大屏幕上显示活动主题',
      caption: '第五届网络文化节开幕式现场。',
      credit: '许嘉禾 摄',
      colors: ['#be123c', '#fdba74'],
      motif: 'NET CULTURE FEST',
    },
    body: [
      '11月25日晚，以“青春光影·网聚汤院”为主题的第五届网络文化节在大学生活动中心开幕。本届文化节由党委宣传部、学工部、校团委主办，全媒体中心和易班发展中心承办，将持续至明年1月。',
      { heading: '六项活动，等你来“网聚”' },
      {
        list: [
          '微视频大赛：即日起至12月25日征集，时长3分钟以内；',
          '网文创作大赛：散文、诗歌、小说三个组别；',
          '网络公开课：邀请优秀教师录制10分钟“微课”；',
          '校园摄影展：线上投票与线下展览同步进行；',
          '“我为汤院代言”H5设计赛；',
          '网络安全知识竞赛。',
        ],
        ordered: true,
      },
      { heading: '微视频大赛怎么参加' },
      '微视频大赛面向全体在校学生，可个人或团队（不超过5人）参赛。作品须为原创，内容积极向上，画面清晰，配有中文字幕。优秀作品将在学校各官方新媒体平台展播，并推荐参加省级大学生网络文化节评选。',
      [
        '作品通过易班“网络文化节”专区提交，详细规则见',
        { link: '网络文化节报名通知', url: 'https://news.rongmei.local/columns/tangqing-zhisheng' },
        '。',
      ],
    ],
  },
]
