/** Excel.Range: values, formulas, number formats, text and the ways to get at other ranges. */
import {
  type Rect, MAX_COLUMNS, MAX_ROWS, boundingRect, intersection, makeRect, parseRect, qualified, rectColumns, rectName,
  rectRows, splitSheet,
} from './address';
import { type Scalar, GENERAL, displayText, valueType, wireValue } from './cells';
import { HostObject, scalarProps } from './clientObject';
import { ConditionalFormatCollection } from './conditionalFormats';
import type { HostContext } from './context';
import { DataValidation } from './dataValidation';
import { hostError } from './errors';
import { resetFormats } from './formatStore';
import type { SheetModel } from './model';
import { RangeFormat, STANDARD_HEIGHT, STANDARD_WIDTH } from './rangeFormat';
import type { RangeTarget } from './rangeTarget';
import { applyShift } from './shift';
import { Worksheet } from './worksheet';

const SCALARS = [
  'address', 'addressLocal', 'cellCount', 'columnCount', 'rowCount', 'columnIndex', 'rowIndex', 'values', 'formulas',
  'formulasLocal', 'formulasR1C1', 'numberFormat', 'numberFormatLocal', 'text', 'valueTypes', 'hidden', 'rowHidden',
  'columnHidden', 'isEntireColumn', 'isEntireRow', 'hasSpill', 'style', 'height', 'width', 'top', 'left',
];
const READ_ONLY = [
  'address', 'addressLocal', 'cellCount', 'columnCount', 'rowCount', 'columnIndex', 'rowIndex', 'text', 'valueTypes',
  'hidden', 'isEntireColumn', 'isEntireRow', 'hasSpill', 'height', 'width', 'top', 'left',
];

function grid<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(cell(r, c));
    out.push(line);
  }
  return out;
}

/** Calls `each` for every cell of the rectangle with the matching entry of a 2-D array or a single value. */
function forEachInput(rect: Rect, input: unknown, name: string, each: (row: number, column: number, value: unknown) => void): void {
  if (!Array.isArray(input)) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) each(r, c, input);
    return;
  }
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== columns)) {
    const got = `${input.length}x${Array.isArray(input[0]) ? input[0].length : '?'}`;
    throw hostError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}: ${got} into ${rows}x${columns}).`);
  }
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) each(rect.top + i, rect.left + j, input[i][j]);
}

export class Range extends HostObject<RangeTarget> {
  constructor(context: HostContext, path: string, resolve: () => RangeTarget | null, orNull = false) {
    super(context, path, resolve, orNull);
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected _navNames(): readonly string[] {
    return ['format', 'worksheet', 'dataValidation', 'conditionalFormats'];
  }

  /** The address of the bound range, for recorded arguments (charts, names). */
  _describe(): string {
    const t = this._resolve();
    return qualified(t.sheet.name, t.rect);
  }

  protected _snapshot(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return qualified(sheet.name, rect);
      case 'cellCount':
        return rectRows(rect) * rectColumns(rect);
      case 'rowCount':
        return rectRows(rect);
      case 'columnCount':
        return rectColumns(rect);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'values':
        return grid(rect, (r, c) => sheet.value(r, c));
      case 'formulas':
      case 'formulasLocal':
      case 'formulasR1C1':
        return grid(rect, (r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? '';
        });
      case 'numberFormat':
      case 'numberFormatLocal':
        return grid(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? GENERAL);
      case 'text':
        return grid(rect, (r, c) => {
          const cell = sheet.cell(r, c);
          return cell ? displayText(cell.value, cell.numberFormat) : '';
        });
      case 'valueTypes':
        return grid(rect, (r, c) => valueType(sheet.value(r, c)));
      case 'hidden':
        return allHidden(sheet.hiddenRows, rect.top, rect.bottom) || allHidden(sheet.hiddenColumns, rect.left, rect.right);
      case 'rowHidden':
        return allHidden(sheet.hiddenRows, rect.top, rect.bottom);
      case 'columnHidden':
        return allHidden(sheet.hiddenColumns, rect.left, rect.right);
      case 'isEntireColumn':
        return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
      case 'isEntireRow':
        return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
      case 'hasSpill':
        return [...sheet.cells.values()].some((cell) => cell.spillFrom && cell.spillFrom.row >= rect.top && cell.spillFrom.row <= rect.bottom && cell.spillFrom.column >= rect.left && cell.spillFrom.column <= rect.right);
      case 'style':
        return 'Normal';
      case 'height':
        return sumSizes(sheet.rowHeights, rect.top, rect.bottom, STANDARD_HEIGHT);
      case 'width':
        return sumSizes(sheet.columnWidths, rect.left, rect.right, STANDARD_WIDTH);
      case 'top':
        return rect.top === 0 ? 0 : sumSizes(sheet.rowHeights, 0, rect.top - 1, STANDARD_HEIGHT);
      case 'left':
        return rect.left === 0 ? 0 : sumSizes(sheet.columnWidths, 0, rect.left - 1, STANDARD_WIDTH);
      default:
        return undefined;
    }
  }

  _apply(t: RangeTarget, name: string, value: unknown): void {
    const { sheet, rect } = t;
    switch (name) {
      case 'values':
      case 'formulas':
      case 'formulasLocal':
      case 'formulasR1C1':
        forEachInput(rect, value, name, (r, c, v) => {
          const w = wireValue(v);
          if (w !== null) sheet.write(r, c, w);
        });
        return;
      case 'numberFormat':
      case 'numberFormatLocal':
        forEachInput(rect, value, name, (r, c, v) => {
          if (v !== null && v !== undefined) sheet.setNumberFormat(r, c, String(v));
        });
        return;
      case 'rowHidden':
        for (let r = rect.top; r <= rect.bottom; r++) {
          if (value) sheet.hiddenRows.add(r);
          else sheet.hiddenRows.delete(r);
        }
        return;
      case 'columnHidden':
        for (let c = rect.left; c <= rect.right; c++) {
          if (value) sheet.hiddenColumns.add(c);
          else sheet.hiddenColumns.delete(c);
        }
        return;
      case 'style':
        return;
      default:
        super._apply(t, name, value);
    }
  }

  // ---- navigation -------------------------------------------------------------------------

  private _derived(name: string, args: unknown[], make: (t: RangeTarget) => Rect, orNull = false): Range {
    const text = args.map((a) => JSON.stringify(a)).join(',');
    return new Range(this.context, `${this._path}.${name}(${text})`, () => {
      const t = this._resolve();
      return { sheet: t.sheet, rect: make(t) };
    }, orNull);
  }

  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this.context, `${this._path}.format`, () => this._resolve()));
  }

  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, `${this._path}.worksheet`, () => this._resolve().sheet));
  }

  get dataValidation(): DataValidation {
    return this._child('dataValidation', () => new DataValidation(this.context, `${this._path}.dataValidation`, () => this._resolve()));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this._child('conditionalFormats', () => new ConditionalFormatCollection(this.context, `${this._path}.conditionalFormats`, () => this._resolve()));
  }

  getCell(row: number, column: number): Range {
    return this._derived('getCell', [row, column], ({ rect }) => makeRect(rect.top + row, rect.left + column, 1, 1));
  }

  getRow(row: number): Range {
    return this._derived('getRow', [row], ({ rect }) => makeRect(rect.top + row, rect.left, 1, rectColumns(rect)));
  }

  getColumn(column: number): Range {
    return this._derived('getColumn', [column], ({ rect }) => makeRect(rect.top, rect.left + column, rectRows(rect), 1));
  }

  getLastRow(): Range {
    return this._derived('getLastRow', [], ({ rect }) => ({ ...rect, top: rect.bottom }));
  }

  getLastColumn(): Range {
    return this._derived('getLastColumn', [], ({ rect }) => ({ ...rect, left: rect.right }));
  }

  getLastCell(): Range {
    return this._derived('getLastCell', [], ({ rect }) => ({ top: rect.bottom, left: rect.right, bottom: rect.bottom, right: rect.right }));
  }

  getEntireRow(): Range {
    return this._derived('getEntireRow', [], ({ rect }) => ({ top: rect.top, bottom: rect.bottom, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): Range {
    return this._derived('getEntireColumn', [], ({ rect }) => ({ top: 0, bottom: MAX_ROWS - 1, left: rect.left, right: rect.right }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derived('getOffsetRange', [rowOffset, columnOffset], ({ rect }) =>
      makeRect(rect.top + rowOffset, rect.left + columnOffset, rectRows(rect), rectColumns(rect)));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derived('getResizedRange', [deltaRows, deltaColumns], ({ rect }) =>
      makeRect(rect.top, rect.left, rectRows(rect) + deltaRows, rectColumns(rect) + deltaColumns));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._derived('getAbsoluteResizedRange', [numRows, numColumns], ({ rect }) => makeRect(rect.top, rect.left, numRows, numColumns));
  }

  getRowsAbove(count = 1): Range {
    return this._derived('getRowsAbove', [count], ({ rect }) => makeRect(rect.top - count, rect.left, count, rectColumns(rect)));
  }

  getRowsBelow(count = 1): Range {
    return this._derived('getRowsBelow', [count], ({ rect }) => makeRect(rect.bottom + 1, rect.left, count, rectColumns(rect)));
  }

  getColumnsBefore(count = 1): Range {
    return this._derived('getColumnsBefore', [count], ({ rect }) => makeRect(rect.top, rect.left - count, rectRows(rect), count));
  }

  getColumnsAfter(count = 1): Range {
    return this._derived('getColumnsAfter', [count], ({ rect }) => makeRect(rect.top, rect.right + 1, rectRows(rect), count));
  }

  getBoundingRect(other: Range | string): Range {
    this._sameContext(other);
    return this._derived('getBoundingRect', [describeArg(other)], (t) => boundingRect(t.rect, otherRect(t.sheet, other)));
  }

  getIntersection(other: Range | string): Range {
    this._sameContext(other);
    return this._derived('getIntersection', [describeArg(other)], (t) => {
      const r = intersection(t.rect, otherRect(t.sheet, other));
      if (!r) throw hostError('ItemNotFound', 'The ranges do not intersect.');
      return r;
    });
  }

  getIntersectionOrNullObject(other: Range | string): Range {
    this._sameContext(other);
    return new Range(this.context, `${this._path}.getIntersectionOrNullObject(${JSON.stringify(describeArg(other))})`, () => {
      const t = this._resolve();
      const r = intersection(t.rect, otherRect(t.sheet, other));
      return r ? { sheet: t.sheet, rect: r } : null;
    }, true);
  }

  getUsedRange(valuesOnly = false): Range {
    return this._derived('getUsedRange', [valuesOnly], ({ sheet, rect }) => {
      return sheet.usedRect(valuesOnly, rect) ?? { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const { sheet, rect } = this._resolve();
      const r = sheet.usedRect(valuesOnly, rect);
      return r ? { sheet, rect: r } : null;
    }, true);
  }

  /** The cells a dynamic array formula in this (single) cell spills into. */
  getSpillingToRangeOrNullObject(): Range {
    return new Range(this.context, `${this._path}.getSpillingToRangeOrNullObject()`, () => {
      const { sheet, rect } = this._resolve();
      let area: Rect | null = null;
      for (const [key, cell] of sheet.cells) {
        if (!cell.spillFrom || cell.spillFrom.row !== rect.top || cell.spillFrom.column !== rect.left) continue;
        const row = Math.floor(key / 16_384);
        const column = key % 16_384;
        area = boundingRect(area ?? { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left }, { top: row, left: column, bottom: row, right: column });
      }
      return area ? { sheet, rect: area } : null;
    }, true);
  }

  getSpillParentOrNullObject(): Range {
    return new Range(this.context, `${this._path}.getSpillParentOrNullObject()`, () => {
      const { sheet, rect } = this._resolve();
      const from = sheet.cell(rect.top, rect.left)?.spillFrom;
      return from ? { sheet, rect: { top: from.row, left: from.column, bottom: from.row, right: from.column } } : null;
    }, true);
  }

  // ---- actions -----------------------------------------------------------------------------

  select(): void {
    this._call('select', [], ({ sheet, rect }) => {
      if (sheet.visibility !== 'Visible') throw hostError('InvalidSelection', `The sheet '${sheet.name}' is hidden; its cells cannot be selected.`);
      sheet.book.activeSheetId = sheet.id;
      sheet.selection = { ...rect };
    });
  }

  clear(applyTo = 'All'): void {
    this._call('clear', [applyTo], ({ sheet, rect }) => {
      const what = String(applyTo);
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          if (what === 'All') sheet.clearAll(r, c);
          else if (what === 'Contents' || what === 'ResetContents') sheet.clearContents(r, c);
          else if (what === 'Formats') sheet.setNumberFormat(r, c, GENERAL);
        }
      }
      if (what === 'All' || what === 'Formats') resetFormats(sheet, rect, '*');
    });
  }

  delete(shift: string): void {
    this._call('delete', [shift], ({ sheet, rect }) => {
      if (shift === 'Up') applyShift(sheet, { axis: 'rows', bandStart: rect.left, bandEnd: rect.right, at: rect.top, count: -rectRows(rect) });
      else if (shift === 'Left') applyShift(sheet, { axis: 'columns', bandStart: rect.top, bandEnd: rect.bottom, at: rect.left, count: -rectColumns(rect) });
      else throw hostError('InvalidArgument', `delete needs 'Up' or 'Left', not '${shift}'.`);
    });
  }

  insert(shift: string): Range {
    const inserted = new Range(this.context, `${this._path}.insert(${JSON.stringify(shift)})`, () => {
      throw hostError('InvalidObjectPath', 'The inserted range is not available before the insert runs.');
    });
    this._call('insert', [shift], (t) => {
      const { sheet, rect } = t;
      if (shift === 'Down') applyShift(sheet, { axis: 'rows', bandStart: rect.left, bandEnd: rect.right, at: rect.top, count: rectRows(rect) });
      else if (shift === 'Right') applyShift(sheet, { axis: 'columns', bandStart: rect.top, bandEnd: rect.bottom, at: rect.left, count: rectColumns(rect) });
      else throw hostError('InvalidArgument', `insert needs 'Down' or 'Right', not '${shift}'.`);
      inserted._pin({ sheet, rect: { ...rect } });
    });
    return inserted;
  }

  merge(across = false): void {
    this._call('merge', [across], ({ sheet, rect }) => {
      if (across) for (let r = rect.top; r <= rect.bottom; r++) sheet.merges.push({ ...rect, top: r, bottom: r });
      else sheet.merges.push({ ...rect });
    });
  }

  unmerge(): void {
    this._call('unmerge', [], ({ sheet, rect }) => {
      for (let i = sheet.merges.length - 1; i >= 0; i--) {
        const m = sheet.merges[i];
        if (m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right) sheet.merges.splice(i, 1);
      }
    });
  }

  calculate(): void {
    this._call('calculate', [], () => undefined);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}
scalarProps(Range, SCALARS, READ_ONLY);

function allHidden(set: Set<number>, from: number, to: number): boolean {
  if (set.size === 0) return false;
  for (let i = from; i <= Math.min(to, from + 10_000); i++) if (!set.has(i)) return false;
  return true;
}

function sumSizes(sizes: Map<number, number>, from: number, to: number, standard: number): number {
  let total = (to - from + 1) * standard;
  for (const [i, size] of sizes) if (i >= from && i <= to) total += size - standard;
  return total;
}

function describeArg(other: Range | string): string {
  return typeof other === 'string' ? other : other._path;
}

/** A range argument given as a Range or as an address on the same (or a named) sheet. */
export function otherRect(sheet: SheetModel, other: Range | string): Rect {
  if (typeof other !== 'string') {
    const t = other._resolve();
    if (t.sheet !== sheet) throw hostError('InvalidArgument', 'The ranges are on different sheets.');
    return t.rect;
  }
  const { sheet: named, ref } = splitSheet(other);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) throw hostError('InvalidArgument', 'The ranges are on different sheets.');
  return parseRect(ref);
}

export function rangeLabel(t: RangeTarget): string {
  return `${t.sheet.name}!${rectName(t.rect)}`;
}

export type { Scalar };
