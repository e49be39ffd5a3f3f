import { FONT_FAMILIES } from '../typst/fonts'
import { DOM_VERSION, PKG_NS, XML_DECL, num, xmlEscape } from './xml'

/** Paragraph styles the stories use, with the same faces and sizes as the PDF. */
export const PARAGRAPH_STYLES = {
  Body: { font: FONT_FAMILIES.serif, style: 'Regular', size: 9, leading: 14, indent: 18 },
  Headline: { font: FONT_FAMILIES.sans, style: 'Bold', size: 22, leading: 28, indent: 0 },
  Banner: { font: FONT_FAMILIES.serif, style: 'Black', size: 36, leading: 44, indent: 0 },
  Kicker: { font: FONT_FAMILIES.sans, style: 'Regular', size: 11, leading: 14, indent: 0 },
  Deck: { font: FONT_FAMILIES.sans, style: 'Regular', size: 12, leading: 16, indent: 0 },
  Byline: { font: FONT_FAMILIES.sans, style: 'Regular', size: 8.5, leading: 14, indent: 0 },
  Caption: { font: FONT_FAMILIES.sans, style: 'Regular', size: 8, leading: 11, indent: 0 },
  Jump: { font: FONT_FAMILIES.sans, style: 'Bold', size: 8, leading: 14, indent: 0 },
  Folio: { font: FONT_FAMILIES.sans, style: 'Regular', size: 9, leading: 14, indent: 0 },
  Masthead: { font: FONT_FAMILIES.serif, style: 'Black', size: 60, leading: 66, indent: 0 },
} as const
export type ParagraphStyleName = keyof typeof PARAGRAPH_STYLES

export const containerXml = () =>
  `${XML_DECL}
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="designmap.xml" media-type="text/xml"/>
  </rootfiles>
</container>
`

export const fontsXml = () =>
  `${XML_DECL}
<idPkg:Fonts xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
${Object.values(FONT_FAMILIES)
  .map((family, i) => {
    const styles = [...new Set(Object.values(PARAGRAPH_STYLES).filter((s) => s.font === family).map((s) => s.style))]
    return `  <FontFamily Self="di${i}" Name="${xmlEscape(family)}">
${styles.map((style) => `    <Font Self="di${i}Font${xmlEscape(style)}" FontFamily="${xmlEscape(family)}" Name="${xmlEscape(`${family} ${style}`)}" PostScriptName="${xmlEscape(`${family.replace(/ /g, '')}-${style}`)}" Status="Installed" FontStyleName="${xmlEscape(style)}" FontType="OpenTypeTT" WritingScript="25"/>`).join('\n')}
  </FontFamily>`
  })
  .join('\n')}
</idPkg:Fonts>
`

export const graphicXml = () =>
  `${XML_DECL}
<idPkg:Graphic xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
  <Color Self="Color/Black" Model="Process" Space="CMYK" ColorValue="0 0 0 100" ColorOverride="Specialblack" AlternateSpace="NoAlternateColor" AlternateColorValue="" Name="Black" ColorEditable="false" ColorRemovable="false" Visible="true" SwatchCreatorID="7937"/>
  <Color Self="Color/Paper" Model="Process" Space="CMYK" ColorValue="0 0 0 0" ColorOverride="Specialpaper" AlternateSpace="NoAlternateColor" AlternateColorValue="" Name="Paper" ColorEditable="true" ColorRemovable="false" Visible="true" SwatchCreatorID="7937"/>
  <Color Self="Color/Registration" Model="Registration" Space="CMYK" ColorValue="100 100 100 100" ColorOverride="Specialregistration" AlternateSpace="NoAlternateColor" AlternateColorValue="" Name="Registration" ColorEditable="false" ColorRemovable="false" Visible="true" SwatchCreatorID="7937"/>
  <Color Self="Color/Red" Model="Process" Space="CMYK" ColorValue="0 100 90 10" ColorOverride="Normal" AlternateSpace="NoAlternateColor" AlternateColorValue="" Name="Red" ColorEditable="true" ColorRemovable="true" Visible="true" SwatchCreatorID="7937"/>
  <Swatch Self="Swatch/None" Name="None" ColorEditable="false" ColorRemovable="false" Visible="true" SwatchCreatorID="7937"/>
  <StrokeStyle Self="StrokeStyle/$ID/Solid" Name="$ID/Solid"/>
</idPkg:Graphic>
`

export const stylesXml = () =>
  `${XML_DECL}
<idPkg:Styles xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
  <RootCharacterStyleGroup Self="rcsg">
    <CharacterStyle Self="CharacterStyle/$ID/[No character style]" Imported="false" Name="$ID/[No character style]"/>
  </RootCharacterStyleGroup>
  <RootParagraphStyleGroup Self="rpsg">
    <ParagraphStyle Self="ParagraphStyle/$ID/[No paragraph style]" Name="$ID/[No paragraph style]" Imported="false"/>
${Object.entries(PARAGRAPH_STYLES)
  .map(
    ([name, s]) => `    <ParagraphStyle Self="ParagraphStyle/${name}" Name="${name}" Imported="false" PointSize="${num(s.size)}" FontStyle="${xmlEscape(s.style)}" FirstLineIndent="${num(s.indent)}" Justification="${name === 'Body' ? 'LeftJustified' : name === 'Jump' ? 'RightAlign' : 'LeftAlign'}" FillColor="Color/${name === 'Masthead' ? 'Red' : 'Black'}">
      <Properties>
        <BasedOn type="string">$ID/[No paragraph style]</BasedOn>
        <AppliedFont type="string">${xmlEscape(s.font)}</AppliedFont>
        <Leading type="unit">${num(s.leading)}</Leading>
      </Properties>
    </ParagraphStyle>`,
  )
  .join('\n')}
  </RootParagraphStyleGroup>
  <RootObjectStyleGroup Self="rosg">
    <ObjectStyle Self="ObjectStyle/$ID/[None]" Name="$ID/[None]"/>
  </RootObjectStyleGroup>
</idPkg:Styles>
`

export const preferencesXml = (width: number, height: number, columns: number, gutter: number, margin: { top: number; bottom: number; side: number }) =>
  `${XML_DECL}
<idPkg:Preferences xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
  <DocumentPreference PageHeight="${num(height)}" PageWidth="${num(width)}" PagesPerDocument="1" FacingPages="false" DocumentBleedTopOffset="8.504" DocumentBleedBottomOffset="8.504" DocumentBleedInsideOrLeftOffset="8.504" DocumentBleedOutsideOrRightOffset="8.504" DocumentBleedUniformSize="true" ColumnGuideLocked="true" AllowPageShuffle="true" PageBinding="LeftToRight"/>
  <MarginPreference ColumnCount="${columns}" ColumnGutter="${num(gutter)}" Top="${num(margin.top)}" Bottom="${num(margin.bottom)}" Left="${num(margin.side)}" Right="${num(margin.side)}" ColumnDirection="Horizontal"/>
  <ViewPreference HorizontalMeasurementUnits="Millimeters" VerticalMeasurementUnits="Millimeters"/>
</idPkg:Preferences>
`

export const backingStoryXml = () =>
  `${XML_DECL}
<idPkg:BackingStory xmlns:idPkg="${PKG_NS}" DOMVersion="${DOM_VERSION}">
  <XmlStory Self="ubacking" AppliedTOCStyle="n" TrackChanges="false" StoryTitle="$ID/" AppliedNamedGrid="n">
    <ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/$ID/[No paragraph style]">
      <CharacterStyleRange AppliedCharacterStyle="CharacterStyle/$ID/[No character style]"/>
    </ParagraphStyleRange>
  </XmlStory>
</idPkg:BackingStory>
`
