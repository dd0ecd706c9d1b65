/**
 * The workbook's state: plain data the proxies read and change when a batch runs. Nothing here
 * knows about load/sync; that lives in context.ts and the proxy classes.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, cellName, columnNumber, intersection, makeRect } from './address';
import { type Cell, type Scalar, GENERAL, coerceInput } from './cells';
import { hostError } from './errors';

/** One format write: later writes win over earlier ones for the cells they cover. */
export interface FormatOp {
  rect: Rect;
  /** e.g. `fill.color`, `font.bold`, `borders.EdgeBottom.style`; `*` resets every key, `fill.*` one group. */
  key: string;
  value: unknown;
}

export interface ValidationRecord {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert: Record<string, unknown> | null;
  prompt: Record<string, unknown> | null;
  ignoreBlanks: boolean;
}

/** A property set or method call recorded on an object the host does not model in depth. */
export interface RecordedCall {
  path: string;
  args: unknown[];
}

export interface ConditionalFormatRecord {
  id: string;
  type: string;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** Property paths set on it, e.g. `custom.rule.formula`, `custom.format.fill.color`. */
  props: Record<string, unknown>;
  calls: RecordedCall[];
  deleted: boolean;
}

export interface ChartRecord {
  id: string;
  name: string;
  type: string;
  /** Address of the source data, e.g. `Sheet1!A1:B5`. */
  source: string;
  seriesBy: string;
  top: number;
  left: number;
  height: number;
  width: number;
  position: { start: string; end: string | null } | null;
  props: Record<string, unknown>;
  calls: RecordedCall[];
  deleted: boolean;
}

export interface NameRecord {
  name: string;
  /** `=Sheet1!$A$1`, `=5`, `="text"`. */
  formula: string;
  comment: string;
  visible: boolean;
  /** null: workbook scope. */
  sheetId: string | null;
  deleted: boolean;
}

export interface TableRecord {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row included. */
  rect: Rect;
  /** One id per column, left to right; names are the header cells' text. */
  columnIds: number[];
  nextColumnId: number;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  deleted: boolean;
}

export type Evaluator = (formula: string, where: { sheet: string; address: string }) => Scalar | Scalar[][] | undefined;

/** Excel.DataChangeType: what an onChanged event says happened. */
export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted';

/** Hears every change of cell contents (not formats, not recalculated values), for onChanged events. */
export type ChangeListener = (sheet: SheetModel, rect: Rect, type: ChangeType, table?: TableRecord) => void;

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  readonly formats: FormatOp[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly validations: ValidationRecord[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly charts: ChartRecord[] = [];
  readonly merges: Rect[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  freeze = { rows: 0, columns: 0 };
  visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  showHeadings = true;
  selection: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
  deleted = false;

  constructor(readonly id: string, public name: string, readonly book: WorkbookModel) {}

  static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(SheetModel.key(row, column));
  }

  value(row: number, column: number): Scalar {
    return this.cell(row, column)?.value ?? '';
  }

  isBlank(row: number, column: number): boolean {
    const c = this.cell(row, column);
    return c === undefined || (c.value === '' && c.formula === null);
  }

  /** A constant or formula as typed by the API (values/formulas setters). */
  write(row: number, column: number, input: Scalar): void {
    this.changed(row, column);
    const key = SheetModel.key(row, column);
    const old = this.cells.get(key);
    this.breakSpill(row, column, old);
    const numberFormat = old?.numberFormat ?? GENERAL;
    if (typeof input === 'string' && input.length > 1 && input.startsWith('=')) {
      this.cells.set(key, { value: 0, formula: input, numberFormat });
      this.evaluate(row, column);
      return;
    }
    const coerced = coerceInput(input, numberFormat);
    const format = numberFormat === GENERAL && coerced.impliedFormat ? coerced.impliedFormat : numberFormat;
    this.store(key, { value: coerced.value, formula: null, numberFormat: format });
  }

  setNumberFormat(row: number, column: number, format: string): void {
    const key = SheetModel.key(row, column);
    const old = this.cells.get(key);
    this.store(key, { value: old?.value ?? '', formula: old?.formula ?? null, numberFormat: format === '' ? GENERAL : format, spillFrom: old?.spillFrom });
  }

  clearContents(row: number, column: number): void {
    this.changed(row, column);
    const key = SheetModel.key(row, column);
    const old = this.cells.get(key);
    if (!old) return;
    this.breakSpill(row, column, old);
    this.store(key, { value: '', formula: null, numberFormat: old.numberFormat });
  }

  clearAll(row: number, column: number): void {
    this.changed(row, column);
    const key = SheetModel.key(row, column);
    const old = this.cells.get(key);
    if (!old) return;
    this.breakSpill(row, column, old);
    this.cells.delete(key);
  }

  private changed(row: number, column: number): void {
    const listener = this.book.changeListener;
    if (listener) listener(this, { top: row, left: column, bottom: row, right: column }, 'RangeEdited');
  }

  private store(key: number, cell: Cell): void {
    if (cell.value === '' && cell.formula === null && cell.numberFormat === GENERAL && !cell.spillFrom) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Writing into a spill area blocks the array; rewriting the anchor removes its old spill. */
  private breakSpill(row: number, column: number, old: Cell | undefined): void {
    if (!old) return;
    if (old.spillFrom) {
      const anchor = old.spillFrom;
      this.removeSpill(anchor.row, anchor.column);
      const a = this.cell(anchor.row, anchor.column);
      if (a) a.value = '#SPILL!';
    } else if (old.formula !== null) {
      this.removeSpill(row, column);
    }
  }

  private removeSpill(row: number, column: number): void {
    for (const [key, cell] of this.cells) {
      if (cell.spillFrom && cell.spillFrom.row === row && cell.spillFrom.column === column) {
        if (cell.numberFormat === GENERAL) this.cells.delete(key);
        else this.cells.set(key, { value: '', formula: null, numberFormat: cell.numberFormat });
      }
    }
  }

  private evaluate(row: number, column: number): void {
    const cell = this.cell(row, column)!;
    const result = this.book.evaluator?.(cell.formula!, { sheet: this.name, address: cellName(row, column) });
    if (result === undefined) return;
    if (!Array.isArray(result)) {
      cell.value = result;
      return;
    }
    const rows = result.length;
    const columns = Math.max(0, ...result.map((r) => r.length));
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        if ((i > 0 || j > 0) && !this.isBlank(row + i, column + j)) {
          cell.value = '#SPILL!';
          return;
        }
      }
    }
    cell.value = result[0]?.[0] ?? '';
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        if (i === 0 && j === 0) continue;
        const key = SheetModel.key(row + i, column + j);
        const format = this.cells.get(key)?.numberFormat ?? GENERAL;
        this.cells.set(key, { value: result[i][j] ?? '', formula: null, numberFormat: format, spillFrom: { row, column } });
      }
    }
  }

  /** The smallest rectangle holding every non-blank cell (and table), or null for an empty sheet; optionally only within an area. */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let rect: Rect | null = null;
    const grow = (whole: Rect) => {
      const r = within ? intersection(whole, within) : whole;
      if (!r) return;
      rect = rect
        ? { top: Math.min(rect.top, r.top), left: Math.min(rect.left, r.left), bottom: Math.max(rect.bottom, r.bottom), right: Math.max(rect.right, r.right) }
        : { ...r };
    };
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      const row = Math.floor(key / 16_384);
      const column = key % 16_384;
      grow({ top: row, left: column, bottom: row, right: column });
    }
    if (!valuesOnly) {
      for (const t of this.book.tables) if (!t.deleted && t.sheet === this) grow(t.rect);
      for (const op of this.formats) if (op.rect.bottom < 1_048_575 && op.rect.right < 16_383) grow(op.rect);
    }
    return rect;
  }

  tables(): TableRecord[] {
    return this.book.tables.filter((t) => !t.deleted && t.sheet === this);
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableRecord[] = [];
  readonly names: NameRecord[] = [];
  /** The add-in's settings (Excel.SettingCollection and, once saved, Office.context.document.settings). */
  readonly settings = new Map<string, unknown>();
  readonly properties: Record<string, unknown> = {};
  calculationMode = 'Automatic';
  activeSheetId = '';
  evaluator: Evaluator | undefined;
  /** Set by the host while it applies an action or a user's edit. */
  changeListener: ChangeListener | undefined;
  private counter = 0;

  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.liveSheets().find((s) => s.name.toLowerCase() === lower);
  }

  tableByName(name: string): TableRecord | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => !t.deleted && t.name.toLowerCase() === lower);
  }

  activeSheet(): SheetModel {
    const active = this.liveSheets().find((s) => s.id === this.activeSheetId && s.visibility === 'Visible');
    return active ?? this.liveSheets().find((s) => s.visibility === 'Visible') ?? this.liveSheets()[0];
  }

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.sheetByName(name)) throw hostError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    const sheet = new SheetModel(this.nextId('sheet'), name, this);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  defaultSheetName(): string {
    for (let i = 1; ; i++) if (!this.sheetByName(`Sheet${i}`)) return `Sheet${i}`;
  }

  /** Table and defined names share one namespace in Excel. */
  nameTaken(name: string, except?: TableRecord): boolean {
    const lower = name.toLowerCase();
    return (
      this.tables.some((t) => !t.deleted && t !== except && t.name.toLowerCase() === lower) ||
      this.names.some((n) => !n.deleted && n.sheetId === null && n.name.toLowerCase() === lower)
    );
  }

  headerText(table: TableRecord, index: number): string {
    const v = table.sheet.value(table.rect.top, table.rect.left + index);
    return typeof v === 'string' ? v : String(v);
  }
}

export function checkSheetName(name: string): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    throw hostError('InvalidArgument', `'${name}' is not a valid sheet name.`);
  }
}

/** Excel's rule for table and defined names. */
export function checkDefinedName(name: string): void {
  const looksLikeCell = (() => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
    if (!m) return false;
    return columnNumber(m[1]) < MAX_COLUMNS && Number(m[2]) >= 1 && Number(m[2]) <= MAX_ROWS;
  })();
  if (
    typeof name !== 'string' || name.length === 0 || name.length > 255 || !/^[A-Za-z_\\][A-Za-z0-9_.\\?]*$/.test(name) || looksLikeCell ||
    /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    throw hostError('InvalidArgument', `'${name}' is not a valid name.`);
  }
}

/** A rectangle of the given size at a cell, checked against the sheet's edges. */
export function rectAt(row: number, column: number, rows: number, columns: number): Rect {
  return makeRect(row, column, rows, columns);
}
