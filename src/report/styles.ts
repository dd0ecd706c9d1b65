/**
 * The report's few styles and number formats. Colours follow the financial-modelling habit:
 * black for formulas, green for links to the input tables, blue for values Cellpath had to
 * supply because no formula could read them.
 */
import type { CellStyle, Colour } from './description';

export const STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 16, color: '#1F3864' },
  subtitle: { italic: true, color: '#595959' },
  section: { bold: true, size: 12, color: '#1F3864', borderBottom: 'medium' },
  header: { bold: true, fill: '#D9E1F2', wrap: true, vertical: 'center', borderBottom: 'thin' },
  headerRotated: { bold: true, fill: '#D9E1F2', rotation: 90, horizontal: 'center', borderBottom: 'thin' },
  label: { bold: true },
  note: { italic: true, color: '#595959', wrap: true, vertical: 'top' },
  hint: { italic: true, color: '#595959' },
  /** A value Cellpath supplied (a duration typed as text, parsed units): see docs/formulas.md. */
  supplied: { color: '#0000FF', italic: true },
  /** A formula that only points at an input cell. */
  link: { color: '#00803C' },
  total: { bold: true, borderTop: 'thin' },
  key: { bold: true, fill: '#FFF2CC', borderBottom: 'thin' },
  marker: { horizontal: 'center', bold: true },
};

/** Indented task names, by outline level. */
export function indentStyle(level: number): string {
  return `indent${Math.max(0, Math.min(level - 1, 8))}`;
}
for (let i = 0; i <= 8; i++) STYLES[`indent${i}`] = { indent: i };
for (let i = 0; i <= 8; i++) STYLES[`indentBold${i}`] = { indent: i, bold: true };

export const COLOURS = {
  critical: '#C00000',
  criticalDone: '#7F0000',
  bar: '#4472C4',
  barDone: '#1F3864',
  summary: '#404040',
  milestone: '#000000',
  statusLine: '#ED7D31',
  over: '#FF7C80',
  overText: '#9C0006',
  heatLow: '#FFFFFF',
  heatMid: '#FFEB84',
  heatHigh: '#F8696B',
  green: '#C6EFCE',
  greenText: '#006100',
  amber: '#FFEB9C',
  amberText: '#9C5700',
  red: '#FFC7CE',
  redText: '#9C0006',
} satisfies Record<string, Colour>;

export const FORMATS = {
  date: 'yyyy-mm-dd',
  shortDate: 'dd mmm',
  ratio: '0.00',
  percent: '0.0%',
  hours: '#,##0.0',
  days: '0',
  decimalDays: '0.0',
  count: '0',
};

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', $: '$', '€': '€', '£': '£', '¥': '¥' };

/** Money in the project's currency: `"$"#,##0.00`, or the code after the amount (`#,##0.00 "CHF"`). */
export function moneyFormat(currency: string): string {
  const code = currency.trim();
  const symbol = SYMBOLS[code.toUpperCase()] ?? SYMBOLS[code];
  // Only letters and symbols go into the format: a quote or backslash in the setting would break it.
  const safe = code.replace(/["\\;[\]]/g, '').slice(0, 8);
  if (symbol) return `"${symbol}"#,##0.00;-"${symbol}"#,##0.00`;
  return safe === '' ? '#,##0.00' : `#,##0.00 "${safe}"`;
}
