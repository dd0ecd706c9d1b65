/**
 * Charts added to an .xlsx that ExcelJS wrote (ExcelJS cannot write charts): per sheet one drawing
 * part anchoring its charts to cells, per chart one chart part (chartXml.ts), and the
 * relationships and content types that tie them in. Only parts this adds are new; the sheets
 * gain a <drawing> reference and nothing else changes.
 */
import JSZip from 'jszip';
import type { ChartDescription } from '../report/description';
import { position } from '../report/refs';
import { chartXml, escapeXml } from './chartXml';

export interface SheetCharts {
  /** The sheet's name in the workbook. */
  sheet: string;
  charts: ChartDescription[];
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_TYPE = `${DOC_RELS}/drawing`;
const CHART_TYPE = `${DOC_RELS}/chart`;
const DRAWING_CONTENT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CONTENT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** Elements a worksheet may have after <drawing>, in the order the schema sets. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

export async function addCharts(xlsx: Uint8Array, placed: readonly SheetCharts[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetParts = await sheetPartsByName(zip);
  const types: string[] = [];
  let drawingNumber = nextNumber(zip, 'xl/drawings/drawing');
  let chartNumber = nextNumber(zip, 'xl/charts/chart');
  for (const { sheet, charts } of placed) {
    if (charts.length === 0) continue;
    const sheetPart = sheetParts.get(sheet);
    if (!sheetPart) throw new Error(`charts: the workbook has no sheet '${sheet}'`);
    const drawing = `xl/drawings/drawing${drawingNumber++}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    charts.forEach((chart, k) => {
      const part = `xl/charts/chart${chartNumber++}.xml`;
      zip.file(part, chartXml(chart, sheet));
      types.push(override(part, CHART_CONTENT));
      drawingRels.push(relationship(`rId${k + 1}`, CHART_TYPE, `../charts/${basename(part)}`));
      anchors.push(anchorXml(chart, k + 1));
    });
    zip.file(drawing, drawingXml(anchors));
    zip.file(relsPathOf(drawing), relationships(drawingRels));
    types.push(override(drawing, DRAWING_CONTENT));
    await linkDrawing(zip, sheetPart, `../drawings/${basename(drawing)}`);
  }
  const contentTypes = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', contentTypes.replace('</Types>', `${types.join('')}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Sheet name → its part (`xl/worksheets/sheet3.xml`), from the workbook and its relationships. */
async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) targets.set(attribute(tag, 'Id'), attribute(tag, 'Target'));
  const parts = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attribute(tag, 'r:id'));
    if (target) parts.set(unescapeXml(attribute(tag, 'name')), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/** The sheet refers to its drawing: a relationship, and <drawing> where the schema puts it. */
async function linkDrawing(zip: JSZip, sheetPart: string, target: string): Promise<void> {
  const relsPath = relsPathOf(sheetPart);
  const existing = zip.file(relsPath) ? await text(zip, relsPath) : relationships([]);
  const ids = [...existing.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  zip.file(relsPath, existing.replace('</Relationships>', `${relationship(id, DRAWING_TYPE, target)}</Relationships>`));
  const sheet = await text(zip, sheetPart);
  const reference = `<drawing r:id="${id}"/>`;
  const after = AFTER_DRAWING.map((name) => sheet.search(new RegExp(`<${name}[\\s/>]`))).filter((at) => at >= 0);
  const at = after.length > 0 ? Math.min(...after) : sheet.lastIndexOf('</worksheet>');
  zip.file(sheetPart, sheet.slice(0, at) + reference + sheet.slice(at));
}

/** The chart spans its `from` cell to its `to` cell. */
function anchorXml(chart: ChartDescription, relId: number): string {
  // Markers count columns and rows from 0; the chart ends where the cell after `to` begins, so
  // it covers `to` as Excel's setPosition does.
  const marker = (tag: string, cell: string, past: number) => {
    const at = position(cell);
    return `<xdr:${tag}><xdr:col>${at.column - 1 + past}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row - 1 + past}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  };
  return `<xdr:twoCellAnchor editAs="oneCell">${marker('from', chart.from, 0)}${marker('to', chart.to, 1)}`
    + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${relId + 1}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
    + `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${relId}"/></a:graphicData></a:graphic>`
    + '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
}

function drawingXml(anchors: readonly string[]): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    + `xmlns:r="${DOC_RELS}">${anchors.join('')}</xdr:wsDr>`;
}

function relationships(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join('')}</Relationships>`;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
}

function override(part: string, contentType: string): string {
  return `<Override PartName="/${part}" ContentType="${contentType}"/>`;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function basename(part: string): string {
  return part.slice(part.lastIndexOf('/') + 1);
}

/** One more than the highest `<prefix>N.xml` in the package. */
function nextNumber(zip: JSZip, prefix: string): number {
  const taken = Object.keys(zip.files).map((name) => (name.startsWith(prefix) ? Number(name.slice(prefix.length).replace(/\.xml$/, '')) : 0));
  return Math.max(0, ...taken.filter(Number.isFinite)) + 1;
}

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`charts: the package has no ${part}`);
  return file.async('string');
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
