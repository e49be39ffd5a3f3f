/** Demo columns (栏目). `slug` is the natural key; `unit` a unit code; `accounts` channel account names. */
export type DemoColumn = { slug: string; name: string; unit: string; description: string; accounts: string[] }

export const DEMO_COLUMNS: readonly DemoColumn[] = [
  {
    slug: 'zaoniao-xingdong',
    name: '早鸟行动',
    unit: 'tw',
    description: '记录清晨校园里的晨读、晨跑与志愿服务，倡导“早起、早读、早锻炼”的青春作风。',
    accounts: ['融媒网站', '青春汤院微信公众号'],
  },
  {
    slug: 'tangqing-zhisheng',
    name: '汤青之声',
    unit: 'qmt',
    description: '校园广播台的品牌栏目，讲述身边师生的故事，传递青年学子的声音。',
    accounts: ['融媒网站', '校园之声广播台', '青春汤院微信公众号'],
  },
  {
    slug: 'xiaoyi-guancha',
    name: '小易观察日记',
    unit: 'yiban',
    description: '易班发展中心学生记者以“小易”的视角观察校园生活，发布服务信息与成长故事。',
    accounts: ['融媒网站', '汤院易班官方微博'],
  },
]
