/** One article of a WeChat draft (draft/add `articles[]`), in our names; the client maps them to WeChat's. */
export type WechatArticle = {
  /** ≤ 32 characters (45003). */
  title: string
  /** ≤ 8 characters: the documented 16 is not what WeChat enforces (45110 from about 8 Chinese characters). */
  author: string
  /** ≤ 120 characters; taken from the summary or the start of the body when not set. */
  digest: string
  /** WeChat-safe HTML; body images as <img src="rongmei-media:<mediaId>"> placeholders, swapped for uploadimg URLs at delivery. */
  content: string
  /** 阅读原文 (content_source_url): the item's page on the website unless overridden; '' for none. */
  contentSourceUrl: string
  needOpenComment: 0 | 1
  onlyFansCanComment: 0 | 1
  /** The cover (uploaded with add_material) and its crops as WeChat's pic_crop_235_1 / pic_crop_1_1. */
  cover: { mediaId: string | number; crop235: string /* 'x1_y1_x2_y2' normalised, ≤6 decimals */; crop11: string } | null
}

/** What the WeChat publisher stores with a publication: one post of 1–8 articles (the first is the 头条). */
export type WechatArtifact = {
  articles: WechatArticle[]
  /** Every body image once: the placeholder in `content` and the media document to upload for it. */
  images: Array<{ placeholder: string; mediaId: string | number }>
  /** Chinese notes for the editor that do not stop delivery (links turned into footnotes, dropped videos…). */
  warnings: string[]
}
