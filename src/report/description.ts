/**
 * A report as data: the sheets, cells, formulas, formats, names, conditional formats and charts
 * that a writer puts into a workbook. Both writers (Office.js in src/excel, ExcelJS in src/cli)
 * read the same description, so a report looks the same whichever face made it.
 *
 * Addresses are A1 on the sheet itself; formulas point only at the input sheets and at their own
 * sheet (never at another report sheet), so a writer may rename a sheet ("Status (2)") safely.
 */

/** A colour as `#RRGGBB`. */
export type Colour = string;

export type BorderWeight = 'thin' | 'medium';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; the workbook default when absent. */
  size?: number;
  color?: Colour;
  fill?: Colour;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** Text rotation in degrees (90: reads upwards). */
  rotation?: number;
  indent?: number;
  borderTop?: BorderWeight;
  borderBottom?: BorderWeight;
}

export type CellResult = string | number | boolean | null;

/**
 * One cell: a literal `value` or a native `formula`. A string value is text, always: writers must
 * keep it from being read as a formula, number or date.
 */
export interface Cell {
  value?: string | number | boolean;
  /** Excel's English form without the leading `=` and without `_xlfn.` prefixes. */
  formula?: string;
  /** What the engine computed for the formula; file writers store it as the cached value. */
  result?: CellResult;
  numberFormat?: string;
  /** A key of `ReportDescription.styles`. */
  style?: string;
}

/** Formats a conditional format may set. */
export interface ConditionalStyle {
  fill?: Colour;
  color?: Colour;
  bold?: boolean;
  /** A thin vertical line on the cell's left edge (the status-date line of a Gantt grid). */
  leftBorder?: Colour;
}

export type ConditionalFormat =
  | {
      kind: 'expression';
      /** A1 range on this sheet. */
      range: string;
      /** True/false formula (no `=`), relative to the top-left cell of `range`. */
      formula: string;
      style: ConditionalStyle;
      stopIfTrue?: boolean;
    }
  | {
      kind: 'colorScale';
      range: string;
      /** Lowest value, optional midpoint (a percentile), highest value. */
      min: Colour;
      mid?: { color: Colour; percentile: number };
      max: Colour;
    };

export type ChartKind = 'line' | 'barStacked' | 'columnStacked' | 'columnClustered';

export interface ChartDescription {
  kind: ChartKind;
  title: string;
  /**
   * The values, a block on this sheet: series names in its first row (`seriesBy: 'columns'`) or
   * first column (`'rows'`), numbers after them.
   */
  source: string;
  /** The category labels (dates, task names), a row or column on this sheet. */
  categories: string;
  seriesBy: 'columns' | 'rows';
  /** Series (0-based, in source order) drawn without fill: the invisible offset bar of a Gantt chart. */
  hiddenSeries?: number[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  valueAxis?: { min?: number; max?: number; numberFormat?: string; title?: string };
  categoryAxis?: { reverse?: boolean; numberFormat?: string };
  legend?: 'bottom' | 'right' | 'none';
  /** Drawn only in Excel itself (the Office.js writer); file writers leave it out and say so. */
  excelOnly?: boolean;
}

export interface DefinedName {
  /** Scoped to this sheet. */
  name: string;
  /** Absolute A1 address on this sheet, e.g. `$C$12`. */
  ref: string;
}

export interface PrintSetup {
  landscape: boolean;
  /** Fit to one page wide, as many pages tall as needed. */
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. `[4, 4]`. */
  titleRows?: [number, number];
  /** Columns repeated at the left, e.g. `['A', 'B']`. */
  titleColumns?: [string, string];
  /** What prints, e.g. `A1:I140`; the whole sheet when absent. */
  printArea?: string;
  /** Plain text for the left of the footer (the time the report was made). */
  footerLeft: string;
  /** Page numbers on the right of the footer. */
  pageNumbers: boolean;
}

export type SheetRole = 'status' | 'gantt' | 'loading';

export interface SheetDescription {
  /** Wanted name; a writer adds ` (2)`, ` (3)` … when it is taken. */
  name: string;
  role: SheetRole;
  /** By A1 address. */
  cells: Record<string, Cell>;
  /** Width by column letter, in Excel's character units. */
  columnWidths: Record<string, number>;
  /** Height by 1-based row, in points. */
  rowHeights?: Record<number, number>;
  /** Merged ranges, e.g. `A1:H1`. */
  merges: string[];
  names: DefinedName[];
  /** First has the highest priority. */
  conditionalFormats: ConditionalFormat[];
  charts: ChartDescription[];
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; columns: number };
  print: PrintSetup;
  /** Colour of the sheet tab. */
  tabColor?: Colour;
}

export interface ReportDescription {
  sheets: SheetDescription[];
  styles: Record<string, CellStyle>;
  /** ISO date-time the report was made (shown in footers). */
  madeAt: string;
  /** Things a reader should know: figures written as values, pieces left out. */
  notes: string[];
}
