import { spanWidth, type Geometry } from '../layout/geometry'
import type { Block, Plan } from '../layout/plan'
import type { issueData } from '../typst/source'
import { backingStoryXml, containerXml, fontsXml, graphicXml, preferencesXml, stylesXml, type ParagraphStyleName } from './resources'
import { DOM_VERSION, PKG_NS, XML_DECL, num, xmlEscape } from './xml'
import { zip } from './zip'

/**
 * One page (版面) as an IDML package for InDesign / Scribus: the same frames as the PDF (one text frame per
 * headline block and per body with its column count, a rectangle with a link per photo), the same styles and
 * fonts. Pure: built from the plan and the data the PDF was set from.
 */
export const IDML_MIMETYPE = 'application/vnd.adobe.indesign-idml-package'

type Paragraph = { style: ParagraphStyleName; text: string; size?: number; noIndent?: boolean }
type Bounds = { top: number; left: number; bottom: number; right: number }
type Frame = { kind: 'text'; id: string; bounds: Bounds; columns: number; story: Paragraph[] } | { kind: 'image'; id: string; bounds: Bounds; link: string }

type Data = ReturnType<typeof issueData>

function frames(plan: Plan, data: Data, index: number, photoLinks: Record<string, string>): Frame[] {
  const g = plan.geometry
  const page = plan.pages[index]
  const pageData = data.pages[index]
  const out: Frame[] = []
  const contentTop = g.margin.top + page.bandLines * g.pitch
  const x = (col: number) => g.margin.side + col * (g.columnWidth + g.gutter)
  const y = (line: number) => contentTop + line * g.pitch
  const box = (col: number, span: number, top: number, bottom: number): Bounds => ({ top, left: x(col), bottom, right: x(col) + spanWidth(g, span) })
  let n = 0
  const id = (kind: string) => `${kind}${index + 1}_${++n}`

  if (page.template === 'front') {
    const bandBottom = g.margin.top + g.mastheadLines * g.pitch
    out.push({ kind: 'text', id: id('tf'), columns: 1, bounds: box(0, g.columns - 2, g.margin.top, bandBottom), story: [{ style: 'Masthead', text: pageData.masthead.name }] })
    out.push({ kind: 'text', id: id('tf'), columns: 1, bounds: box(g.columns - 2, 2, g.margin.top, bandBottom), story: pageData.masthead.lines.map((text) => ({ style: 'Folio' as const, text })) })
  } else {
    const f = pageData.folio
    out.push({ kind: 'text', id: id('tf'), columns: 1, bounds: box(0, g.columns, g.margin.top, g.margin.top + g.folioLines * g.pitch), story: [{ style: 'Folio', text: `${f.left}\u3000\u3000${f.center}\u3000\u3000${f.right}` }] })
  }

  for (const block of page.blocks) {
    const b = data.blocks[block.id]
    const top = y(block.y)
    const headBottom = top + block.head.lines * g.pitch
    out.push({ kind: 'text', id: id('tf'), columns: 1, bounds: box(block.x, block.span, top, headBottom), story: headStory(block) })
    let bodyTop = headBottom
    if (block.photo) {
      const p = block.photo
      const photoBottom = headBottom + p.lines * g.pitch
      out.push({ kind: 'image', id: id('rc'), bounds: box(block.x, p.span, headBottom, photoBottom), link: photoLinks[p.key] ?? `${p.key}.jpg` })
      if (p.caption) out.push({ kind: 'text', id: id('tf'), columns: 1, bounds: box(block.x, p.span, photoBottom, photoBottom + p.captionLines * g.pitch), story: [{ style: 'Caption', text: p.caption }] })
      if (p.mode === 'top') bodyTop = photoBottom + (p.captionLines + 1) * g.pitch
    }
    out.push({ kind: 'text', id: id('tf'), columns: block.textSpan, bounds: box(block.x + block.textX, block.textSpan, bodyTop, bodyTop + block.bodyLines * g.pitch), story: bodyStory(b) })
  }

  if (page.side) {
    const col = g.columns - 1
    if (page.side.kind === 'front') {
      out.push({ kind: 'text', id: id('tf'), columns: 1, bounds: box(col, 1, y(0), y(page.side.contentsLines)), story: [{ style: 'Headline', text: '导读', size: 11 }, ...page.side.contents.map((e) => ({ style: 'Folio' as const, text: `${e.headline}　第${e.page}版` }))] })
    }
    for (const brief of page.side.briefs) {
      const b = data.blocks[brief.id]
      out.push({ kind: 'text', id: id('tf'), columns: 1, bounds: box(col, 1, y(brief.y), y(brief.y + brief.height)), story: [{ style: 'Headline', text: brief.head.headline.lines.join(''), size: 10 }, ...bodyStory(b)] })
    }
  }
  return out
}

function headStory(block: Block): Paragraph[] {
  const h = block.head
  return [
    ...(h.kicker ? [{ style: 'Kicker' as const, text: h.kicker }] : []),
    ...h.headline.lines.map((text) => ({ style: (h.font === 'serif' ? 'Banner' : 'Headline') as ParagraphStyleName, text, size: h.headline.size })),
    ...(h.deck ? [{ style: 'Deck' as const, text: h.deck }] : []),
    ...(h.byline ? [{ style: 'Byline' as const, text: h.byline }] : []),
  ]
}

function bodyStory(b: Data['blocks'][string]): Paragraph[] {
  return [
    ...(b.jumpFrom ? [{ style: 'Jump' as const, text: `（上接第${b.jumpFrom}版）` }] : []),
    ...b.paragraphs.map((text, i) => ({ style: 'Body' as const, text, noIndent: i === 0 && b.continues })),
    ...(b.jumpTo ? [{ style: 'Jump' as const, text: `（下转第${b.jumpTo}版）` }] : []),
  ]
}

/**
 * IDML spread coordinates have their origin at the spread's centre: a single (non-facing) page sits at
 * (-width/2, -height/2), which its ItemTransform says; frames are given in spread coordinates.
 */
const path = ({ top, left, bottom, right }: Bounds, dx: number, dy: number) =>
  `<Properties><PathGeometry><GeometryPathType PathOpen="false"><PathPointArray>${[
    [left + dx, top + dy],
    [left + dx, bottom + dy],
    [right + dx, bottom + dy],
    [right + dx, top + dy],
  ]
    .map(([px, py]) => `<PathPointType Anchor="${num(px)} ${num(py)}" LeftDirection="${num(px)} ${num(py)}" RightDirection="${num(px)} ${num(py)}"/>`)
    .join('')}</PathPointArray></GeometryPathType></PathGeometry></Properties>`

function spreadXml(g: Geometry, frames: Frame[], pageNumber: number): string {
  const dx = -g.pageWidth / 2
  const dy = -g.pageHeight / 2
  const items = frames
    .map((f) =>
      f.kind === 'text'
        ? `    <TextFrame Self="${f.id}" ParentStory="st_${f.id}" PreviousTextFrame="n" NextTextFrame="n" ContentType="TextType" ItemLayer="layer1" ItemTransform="1 0 0 1 0 0">
      ${path(f.bounds, dx, dy)}
      <TextFramePreference TextColumnCount="${f.columns}" TextColumnGutter="${num(g.gutter)}" TextColumnFixedWidth="${num(g.columnWidth)}" UseFixedColumnWidth="false" VerticalJustification="TopAlign"/>
    </TextFrame>`
        : `    <Rectangle Self="${f.id}" ContentType="GraphicType" ItemLayer="layer1" ItemTransform="1 0 0 1 0 0" StrokeWeight="0" FillColor="Swatch/None" StrokeColor="Swatch/None">
      ${path(f.bounds, dx, dy)}
      <FrameFittingOption FittingOnEmptyFrame="FillProportionally" FittingAlignment="CenterAnchor"/>
      <Image Self="${f.id}_img" ItemTransform="1 0 0 1 ${num(f.bounds.left + dx)} ${num(f.bounds.top + dy)}">
        <Link Self="${f.id}_lnk" LinkResourceURI="${xmlEscape(`file:Links/${f.link}`)}" StoredState="Normal" LinkResourceFormat="$ID/JPEG"/>
      </Image>
    </Rectangle>`,
    )
    .join('\n')
  return `${XML_DECL}
<idPkg:Spread xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
  <Spread Self="sp1" PageCount="1" BindingLocation="0" AllowPageShuffle="true" ItemTransform="1 0 0 1 0 0" ShowMasterItems="true">
    <Page Self="pg1" Name="${pageNumber}" AppliedMaster="ma" GeometricBounds="0 0 ${num(g.pageHeight)} ${num(g.pageWidth)}" ItemTransform="1 0 0 1 ${num(dx)} ${num(dy)}" OverrideList="">
      <MarginPreference ColumnCount="${g.columns}" ColumnGutter="${num(g.gutter)}" Top="${num(g.margin.top)}" Bottom="${num(g.margin.bottom)}" Left="${num(g.margin.side)}" Right="${num(g.margin.side)}" ColumnDirection="Horizontal"/>
    </Page>
${items}
  </Spread>
</idPkg:Spread>
`
}

function masterSpreadXml(g: Geometry): string {
  return `${XML_DECL}
<idPkg:MasterSpread xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
  <MasterSpread Self="ma" Name="A-版式" NamePrefix="A" BaseName="版式" ShowMasterItems="true" PageCount="1" ItemTransform="1 0 0 1 0 0">
    <Page Self="mapg1" Name="A" GeometricBounds="0 0 ${num(g.pageHeight)} ${num(g.pageWidth)}" ItemTransform="1 0 0 1 ${num(-g.pageWidth / 2)} ${num(-g.pageHeight / 2)}">
      <MarginPreference ColumnCount="${g.columns}" ColumnGutter="${num(g.gutter)}" Top="${num(g.margin.top)}" Bottom="${num(g.margin.bottom)}" Left="${num(g.margin.side)}" Right="${num(g.margin.side)}" ColumnDirection="Horizontal"/>
    </Page>
  </MasterSpread>
</idPkg:MasterSpread>
`
}

function storyXml(id: string, paragraphs: Paragraph[]): string {
  const ranges = paragraphs
    .map((p, i) => {
      return `    <ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/${p.style}"${p.noIndent ? ' FirstLineIndent="0"' : ''}>
      <CharacterStyleRange AppliedCharacterStyle="CharacterStyle/$ID/[No character style]"${p.size ? ` PointSize="${num(p.size)}"` : ''}>
        <Content>${xmlEscape(p.text)}</Content>${i < paragraphs.length - 1 ? '\n        <Br/>' : ''}
      </CharacterStyleRange>
    </ParagraphStyleRange>`
    })
    .join('\n')
  return `${XML_DECL}
<idPkg:Story xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
  <Story Self="${id}" AppliedTOCStyle="n" TrackChanges="false" StoryTitle="$ID/" AppliedNamedGrid="n">
    <StoryPreference OpticalMarginAlignment="false" OpticalMarginSize="12" FrameType="TextFrameType" StoryOrientation="Horizontal" StoryDirection="LeftToRightDirection"/>
${ranges}
  </Story>
</idPkg:Story>
`
}

function designmapXml(stories: string[], pageNumber: number): string {
  return `${XML_DECL}
<?aid style="50" type="document" readerVersion="6.0" featureSet="257" product="16.0(32)" ?>
<Document xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}" Self="d" StoryList="${stories.join(' ')}" ZeroPoint="0 0" ActiveLayer="layer1" CMYKProfile="Coated FOGRA39 (ISO 12647-2:2004)" RGBProfile="sRGB IEC61966-2.1" SolidColorIntent="UseColorSettings" AfterBlendingIntent="UseColorSettings" DefaultImageIntent="UseColorSettings" RGBPolicy="PreserveEmbeddedProfiles" CMYKPolicy="CombinationOfPreserveAndSafeCmyk" AccurateLABSpots="false">
  <idPkg:Graphic src="Resources/Graphic.xml"/>
  <idPkg:Fonts src="Resources/Fonts.xml"/>
  <idPkg:Styles src="Resources/Styles.xml"/>
  <idPkg:Preferences src="Resources/Preferences.xml"/>
  <Layer Self="layer1" Name="版面" Visible="true" Locked="false" IgnoreWrap="false" ShowGuides="true" LockGuides="false" UI="true" Expendable="true" Printable="true"/>
  <idPkg:MasterSpread src="MasterSpreads/MasterSpread_ma.xml"/>
  <idPkg:Spread src="Spreads/Spread_sp1.xml"/>
  <Section Self="sec1" Length="1" Name="" PageNumberStyle="Arabic" ContinueNumbering="false" IncludeSectionPrefix="false" PageNumberStart="${pageNumber}" Marker="" PageStart="pg1" SectionPrefix=""/>
  <idPkg:BackingStory src="XML/BackingStory.xml"/>
${stories.map((id) => `  <idPkg:Story src="Stories/Story_${id}.xml"/>`).join('\n')}
</Document>
`
}

/** The IDML package (ZIP) of page `index` of the plan. */
export function pageIdml(plan: Plan, data: Data, index: number, photoLinks: Record<string, string> = {}): Buffer {
  const g = plan.geometry
  const page = plan.pages[index]
  const list = frames(plan, data, index, photoLinks)
  const texts = list.filter((f): f is Extract<Frame, { kind: 'text' }> => f.kind === 'text')
  const storyIds = texts.map((f) => `st_${f.id}`)
  return zip([
    { name: 'mimetype', data: IDML_MIMETYPE, store: true },
    { name: 'META-INF/container.xml', data: containerXml() },
    { name: 'designmap.xml', data: designmapXml(storyIds, page.number) },
    { name: 'Resources/Graphic.xml', data: graphicXml() },
    { name: 'Resources/Fonts.xml', data: fontsXml() },
    { name: 'Resources/Styles.xml', data: stylesXml() },
    { name: 'Resources/Preferences.xml', data: preferencesXml(g.pageWidth, g.pageHeight, g.columns, g.gutter, g.margin) },
    { name: 'MasterSpreads/MasterSpread_ma.xml', data: masterSpreadXml(g) },
    { name: 'Spreads/Spread_sp1.xml', data: spreadXml(g, list, page.number) },
    ...texts.map((f) => ({ name: `Stories/Story_st_${f.id}.xml`, data: storyXml(`st_${f.id}`, f.story) })),
    { name: 'XML/BackingStory.xml', data: backingStoryXml() },
  ])
}
