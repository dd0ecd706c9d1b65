/**
 * The report's few styles and number formats. Colours follow the financial-modelling habit:
 * black for formulas, green for links to the input tables, blue for values Cellpath had to
 * supply because no formula could read them.
 */
import type { CellStyle, Colour } from './description';

export const STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 16, color: '#1F3864' },
  subtitle: { italic: true, color: '#595959' },
  /** A section's heading: a dark band across the page, so the blocks read apart on screen and paper. */
  section: { bold: true, size: 12, color: '#FFFFFF', fill: '#1F3864', vertical: 'center' },
  /** A heading inside a block (capacity, flags, workings tables). */
  subsection: { bold: true, color: '#1F3864', fill: '#EDEDED', vertical: 'center', borderBottom: 'thin' },
  subsectionWrap: { bold: true, color: '#1F3864', fill: '#EDEDED', vertical: 'center', borderBottom: 'thin', wrap: true },
  header: { bold: true, fill: '#D9E1F2', wrap: true, vertical: 'center', horizontal: 'center', borderBottom: 'thin' },
  headerLeft: { bold: true, fill: '#D9E1F2', wrap: true, vertical: 'center', borderBottom: 'thin' },
  headerRotated: { bold: true, fill: '#D9E1F2', rotation: 90, horizontal: 'center', vertical: 'bottom', borderBottom: 'thin' },
  /** The grid column holding the status date. */
  headerStatus: { bold: true, fill: '#ED7D31', color: '#FFFFFF', rotation: 90, horizontal: 'center', vertical: 'bottom', borderBottom: 'thin' },
  label: { bold: true },
  note: { italic: true, color: '#595959', wrap: true, vertical: 'top' },
  hint: { italic: true, color: '#595959' },
  hintRight: { italic: true, color: '#595959', horizontal: 'right' },
  /** Long text in a list (why a task is listed, what a figure means): wraps inside its column. */
  wrap: { wrap: true, horizontal: 'left', indent: 1 },
  hintWrap: { italic: true, color: '#595959', wrap: true, vertical: 'top', horizontal: 'left', indent: 1 },
  /** A value Cellpath supplied (a duration typed as text, parsed units): see docs/formulas.md. */
  supplied: { color: '#0000FF', italic: true },
  /** A formula that only points at an input cell. */
  link: { color: '#00803C' },
  total: { bold: true, borderTop: 'thin' },
  key: { bold: true, fill: '#FFF2CC', borderBottom: 'thin' },
  keyLeft: { bold: true, fill: '#FFF2CC', borderBottom: 'thin', horizontal: 'left' },
  marker: { horizontal: 'center', bold: true },
  /** A state worth a look (a late milestone), and one that is settled (done). */
  bad: { bold: true, color: '#9C0006', horizontal: 'center' },
  good: { color: '#006100', horizontal: 'center' },
  /** An over-capacity flag on the loading sheet. */
  flag: { bold: true, color: '#9C0006', horizontal: 'center' },
  centre: { horizontal: 'center' },
  right: { horizontal: 'right' },
};

/** Swatches of a legend: a cell filled as the thing it names, with the name in it. */
function swatch(fill: Colour, color: Colour): CellStyle {
  return { fill, color, bold: true, size: 9, horizontal: 'center', vertical: 'center' };
}

/** Indented task names, by outline level. */
export function indentStyle(level: number): string {
  return `indent${Math.max(0, Math.min(level - 1, 8))}`;
}
// An indent counts only with a horizontal alignment (OOXML, and so LibreOffice, ignore it otherwise).
for (let i = 0; i <= 8; i++) STYLES[`indent${i}`] = { indent: i, horizontal: 'left' };
for (let i = 0; i <= 8; i++) STYLES[`indentBold${i}`] = { indent: i, bold: true, horizontal: 'left' };

export const COLOURS = {
  critical: '#C00000',
  criticalDone: '#7F0000',
  bar: '#4472C4',
  barDone: '#1F3864',
  /** Lighter than any bar, so a summary reads as a span, not as work. */
  summary: '#8C8C8C',
  milestone: '#000000',
  statusLine: '#ED7D31',
  over: '#FF7C80',
  overText: '#9C0006',
  /** Hours: white (none) to blue (most); blue keeps clear of the red of over-capacity. */
  heatLow: '#FFFFFF',
  heatMid: '#DDEBF7',
  heatHigh: '#5B9BD5',
  green: '#C6EFCE',
  greenText: '#006100',
  amber: '#FFEB9C',
  amberText: '#9C5700',
  red: '#FFC7CE',
  redText: '#9C0006',
} satisfies Record<string, Colour>;

const LEGEND: Record<string, CellStyle> = {
  legendWork: swatch(COLOURS.bar, '#FFFFFF'),
  legendDone: swatch(COLOURS.barDone, '#FFFFFF'),
  legendCritical: swatch(COLOURS.critical, '#FFFFFF'),
  legendCriticalDone: swatch(COLOURS.criticalDone, '#FFFFFF'),
  legendSummary: swatch(COLOURS.summary, '#FFFFFF'),
  legendMilestone: { ...swatch('#FFFFFF', COLOURS.milestone), borderTop: 'thin', borderBottom: 'thin' },
  legendStatus: swatch(COLOURS.statusLine, '#FFFFFF'),
  legendNone: { ...swatch(COLOURS.heatLow, '#404040'), borderTop: 'thin', borderBottom: 'thin' },
  legendFew: swatch(COLOURS.heatMid, '#1F3864'),
  legendMany: swatch(COLOURS.heatHigh, '#000000'),
  legendOver: swatch(COLOURS.over, COLOURS.overText),
  ragGreen: { bold: true, fill: COLOURS.green, color: COLOURS.greenText },
  ragAmber: { bold: true, fill: COLOURS.amber, color: COLOURS.amberText },
  ragRed: { bold: true, fill: COLOURS.red, color: COLOURS.redText },
};
Object.assign(STYLES, LEGEND);

export const FORMATS = {
  date: 'yyyy-mm-dd',
  /** Column heads of a time grid; `d mmm yy` when the grid spans a new year. */
  shortDate: 'd mmm',
  shortDateYear: 'd mmm yy',
  ratio: '0.00',
  percent: '0.0%',
  wholePercent: '0%',
  hours: '#,##0.0',
  /** Hours in a heat map: an empty-looking cell for no work. */
  hoursOrBlank: '#,##0.0;-#,##0.0;""',
  days: '0',
  /** Signed working days: +3 late, -2 early. */
  signedDays: '+0;-0;0',
  decimalDays: '0.0',
  count: '0',
  /** A count that shows nothing when it is 0. */
  countOrBlank: '0;-0;""',
};

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', $: '$', '€': '€', '£': '£', '¥': '¥' };

/** Money in the project's currency: `"$"#,##0.00`, or the code after the amount (`#,##0.00 "CHF"`); red below zero. */
export function moneyFormat(currency: string): string {
  const code = currency.trim();
  const symbol = SYMBOLS[code.toUpperCase()] ?? SYMBOLS[code];
  // Only letters and symbols go into the format: a quote or backslash in the setting would break it.
  const safe = code.replace(/["\\;[\]]/g, '').slice(0, 8);
  // Negative amounts in red, as finance reports show an overrun.
  if (symbol) return `"${symbol}"#,##0.00;[Red]-"${symbol}"#,##0.00`;
  return safe === '' ? '#,##0.00;[Red]-#,##0.00' : `#,##0.00 "${safe}";[Red]-#,##0.00 "${safe}"`;
}
