/**
 * A report chart (src/report/description.ts) as a DrawingML chart part, the XML an .xlsx keeps in
 * xl/charts/chartN.xml. Series refer to the sheet's cells by formula, with no cached values: Excel
 * and LibreOffice read the cells when they open the file, so the chart follows the formulas.
 */
import type { ChartDescription } from '../report/description';
import { addr, onSheet, position } from '../report/refs';

const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

interface Series {
  name: string;
  values: string;
}

export function chartXml(chart: ChartDescription, sheet: string): string {
  const series = seriesOf(chart, sheet);
  const categories = onSheet(sheet, chart.categories);
  const bar = chart.kind !== 'line';
  const plotted = series.map((s, k) => seriesXml(chart, s, k, categories)).join('');
  const group = bar
    ? `<c:barChart><c:barDir val="${chart.kind === 'barStacked' ? 'bar' : 'col'}"/><c:grouping val="${chart.kind === 'columnClustered' ? 'clustered' : 'stacked'}"/><c:varyColors val="0"/>${plotted}<c:gapWidth val="50"/>${chart.kind === 'columnClustered' ? '' : '<c:overlap val="100"/>'}<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${plotted}<c:marker val="1"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:lineChart>`;
  // A horizontal bar chart has its categories down the left and its values along the bottom.
  const sideways = chart.kind === 'barStacked';
  const legend = chart.legend === 'none' ? '' : `<c:legend><c:legendPos val="${chart.legend === 'right' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>`
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    + '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
    + group
    + categoryAxisXml(chart, sideways ? 'l' : 'b')
    + valueAxisXml(chart, sideways ? 'b' : 'l')
    + `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The series of the source block: names in its first row (by columns) or first column (by rows). */
export function seriesOf(chart: ChartDescription, sheet: string): Series[] {
  const [first, last = first] = chart.source.split(':');
  const from = position(first);
  const to = position(last);
  const series: Series[] = [];
  if (chart.seriesBy === 'columns') {
    for (let column = from.column; column <= to.column; column++) {
      series.push({ name: onSheet(sheet, addr(from.row, column)), values: onSheet(sheet, `${addr(from.row + 1, column)}:${addr(to.row, column)}`) });
    }
  } else {
    for (let row = from.row; row <= to.row; row++) {
      series.push({ name: onSheet(sheet, addr(row, from.column)), values: onSheet(sheet, `${addr(row, from.column + 1)}:${addr(row, to.column)}`) });
    }
  }
  return series;
}

function seriesXml(chart: ChartDescription, s: Series, k: number, categories: string): string {
  const hidden = chart.hiddenSeries?.includes(k) ?? false;
  const look = hidden
    ? '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
    : chart.kind === 'line' ? '<c:spPr><a:ln w="28575" cap="rnd"><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>' : '';
  const bar = chart.kind !== 'line';
  return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:strRef><c:f>${escapeXml(s.name)}</c:f></c:strRef></c:tx>${look}`
    + (bar ? '<c:invertIfNegative val="0"/>' : '')
    + `<c:cat>${chart.kind === 'barStacked' ? `<c:strRef><c:f>${escapeXml(categories)}</c:f></c:strRef>` : `<c:numRef><c:f>${escapeXml(categories)}</c:f></c:numRef>`}</c:cat>`
    + `<c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val>`
    + (bar ? '' : '<c:smooth val="0"/>')
    + '</c:ser>';
}

function categoryAxisXml(chart: ChartDescription, position: 'b' | 'l'): string {
  const format = chart.categoryAxis?.numberFormat;
  return `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${chart.categoryAxis?.reverse ? 'maxMin' : 'minMax'}"/></c:scaling>`
    + `<c:delete val="0"/><c:axPos val="${position}"/>`
    + (format ? `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` : '')
    + `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>`
    + '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
}

function valueAxisXml(chart: ChartDescription, position: 'b' | 'l'): string {
  const axis = chart.valueAxis ?? {};
  const scaling = `<c:orientation val="minMax"/>${axis.max !== undefined ? `<c:max val="${axis.max}"/>` : ''}${axis.min !== undefined ? `<c:min val="${axis.min}"/>` : ''}`;
  const title = axis.title
    ? `<c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:p><a:r><a:t>${escapeXml(axis.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    : '';
  return `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="${position}"/><c:majorGridlines/>${title}`
    + (axis.numberFormat ? `<c:numFmt formatCode="${escapeXml(axis.numberFormat)}" sourceLinked="0"/>` : '')
    + `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${chart.categoryAxis?.reverse ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
