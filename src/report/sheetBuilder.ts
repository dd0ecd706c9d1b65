/** Builds one SheetDescription cell by cell; rows and columns are 1-based. */
import type { Cell, CellResult, ChartDescription, ConditionalFormat, PrintSetup, SheetDescription, SheetRole } from './description';
import { abs, addr, letter, span } from './refs';

const MARK = '\u0001';

export class SheetBuilder {
  readonly sheet: SheetDescription;
  private readonly places = new Map<string, string>();

  constructor(name: string, role: SheetRole, print: PrintSetup) {
    this.sheet = { name, role, cells: {}, columnWidths: {}, merges: [], names: [], conditionalFormats: [], charts: [], print };
  }

  set(row: number, column: number, cell: Cell): string {
    const a1 = addr(row, column);
    this.sheet.cells[a1] = cell;
    return a1;
  }

  /** A literal; text stays text. */
  value(row: number, column: number, value: string | number | boolean | null | undefined, style?: string, numberFormat?: string): string {
    if (value === null || value === undefined || value === '') {
      if (style === undefined) return addr(row, column);
      return this.set(row, column, { style });
    }
    const cell: Cell = { value };
    if (style) cell.style = style;
    if (numberFormat) cell.numberFormat = numberFormat;
    return this.set(row, column, cell);
  }

  formula(row: number, column: number, formula: string, result: CellResult, numberFormat?: string, style?: string): string {
    const cell: Cell = { formula, result };
    if (numberFormat) cell.numberFormat = numberFormat;
    if (style) cell.style = style;
    return this.set(row, column, cell);
  }

  /** A row of header cells starting at `column`. */
  headers(row: number, column: number, texts: readonly string[], style = 'header'): void {
    texts.forEach((text, k) => this.value(row, column + k, text, style));
  }

  /** A section's heading band from column 1 to `right`. */
  section(row: number, title: string, right: number): void {
    this.value(row, 1, title, 'section');
    this.merge(row, 1, row, right);
    this.height(row, 20);
  }

  width(column: number, width: number): void {
    this.sheet.columnWidths[letter(column)] = width;
  }

  height(row: number, points: number): void {
    (this.sheet.rowHeights ??= {})[row] = points;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.sheet.merges.push(span(top, left, bottom, right));
  }

  name(name: string, row: number, column: number): void {
    this.sheet.names.push({ name, ref: abs(row, column) });
  }

  conditional(format: ConditionalFormat): void {
    this.sheet.conditionalFormats.push(format);
  }

  chart(chart: ChartDescription): void {
    this.sheet.charts.push(chart);
  }

  freeze(rows: number, columns: number): void {
    this.sheet.freeze = { rows, columns };
  }

  /**
   * A stand-in for an address not placed yet (the workings sit below the figures that use them);
   * `place` gives it, `resolve` writes it into every formula.
   */
  later(key: string): string {
    return MARK + key + MARK;
  }

  place(key: string, address: string): void {
    this.places.set(key, address);
  }

  /** Replaces every stand-in; throws on one never placed, which is a bug in the report code. */
  resolve(): void {
    const pattern = new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g');
    const fill = (formula: string): string =>
      !formula.includes(MARK) ? formula : formula.replace(pattern, (_, key: string) => {
        const address = this.places.get(key);
        if (address === undefined) throw new Error(`report address '${key}' was never placed`);
        return address;
      });
    for (const cell of Object.values(this.sheet.cells)) if (cell.formula !== undefined) cell.formula = fill(cell.formula);
    for (const format of this.sheet.conditionalFormats) if (format.kind === 'expression') format.formula = fill(format.formula);
  }
}
