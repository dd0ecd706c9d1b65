/** Excel.Worksheet and the workbook's worksheet collection. */
import { makeRect, parseRect, splitSheet } from './address';
import { ChartCollection } from './chart';
import { HostCollection, HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import { HostEventSource } from './events';
import { type SheetModel, type WorkbookModel, checkSheetName } from './model';
import { NamedItemCollection } from './names';
import { FreezePanes, PageLayout } from './pageLayout';
import { Range } from './range';
import { TableCollection } from './table';

const SCALARS = ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines', 'showHeadings', 'standardHeight', 'standardWidth', 'enableCalculation'];

export class Worksheet extends HostObject<SheetModel> {
  constructor(context: HostContext, path: string, resolve: () => SheetModel | null, orNull = false) {
    super(context, path, resolve, orNull);
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected _navNames(): readonly string[] {
    return ['tables', 'names', 'charts', 'freezePanes', 'pageLayout'];
  }

  protected _snapshot(s: SheetModel, name: string): unknown {
    switch (name) {
      case 'position':
        return s.book.liveSheets().indexOf(s);
      case 'standardHeight':
        return 15;
      case 'standardWidth':
        return 8.43;
      case 'enableCalculation':
        return true;
      default:
        return (s as unknown as Record<string, unknown>)[name];
    }
  }

  _apply(s: SheetModel, name: string, value: unknown): void {
    const book = s.book;
    switch (name) {
      case 'name': {
        const text = String(value);
        checkSheetName(text);
        const other = book.sheetByName(text);
        if (other && other !== s) throw hostError('ItemAlreadyExists', `A sheet named '${text}' already exists.`);
        s.name = text;
        return;
      }
      case 'position': {
        const live = book.liveSheets();
        const to = Number(value);
        if (!Number.isInteger(to) || to < 0 || to >= live.length) throw hostError('InvalidArgument', `Position ${to} is outside 0..${live.length - 1}.`);
        book.sheets.splice(book.sheets.indexOf(s), 1);
        const after = book.liveSheets();
        const anchor = after[to];
        book.sheets.splice(anchor ? book.sheets.indexOf(anchor) : book.sheets.length, 0, s);
        return;
      }
      case 'visibility': {
        const v = String(value);
        if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw hostError('InvalidArgument', `'${v}' is not a sheet visibility.`);
        if (v !== 'Visible' && book.liveSheets().filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
          throw hostError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
        }
        s.visibility = v;
        return;
      }
      case 'tabColor':
        s.tabColor = String(value);
        return;
      case 'showGridlines':
        s.showGridlines = Boolean(value);
        return;
      case 'showHeadings':
        s.showHeadings = Boolean(value);
        return;
      default:
        super._apply(s, name, value);
    }
  }

  /** Raised after a sync or a user's edit changes cells in this worksheet (see events.ts). */
  get onChanged(): HostEventSource<SheetModel> {
    return this._child('onChanged', () => new HostEventSource(this.context, `${this._path}.onChanged`, () => this._resolve(), 'worksheet'));
  }

  get tables(): TableCollection {
    return this._child('tables', () => new TableCollection(this.context, `${this._path}.tables`, () => {
      const s = this._resolve();
      return { book: s.book, sheet: s };
    }));
  }

  get names(): NamedItemCollection {
    return this._child('names', () => new NamedItemCollection(this.context, `${this._path}.names`, () => {
      const s = this._resolve();
      return { book: s.book, sheet: s };
    }));
  }

  get charts(): ChartCollection {
    return this._child('charts', () => new ChartCollection(this.context, `${this._path}.charts`, () => this._resolve()));
  }

  get freezePanes(): FreezePanes {
    return this._child('freezePanes', () => new FreezePanes(this.context, `${this._path}.freezePanes`, () => this._resolve()));
  }

  get pageLayout(): PageLayout {
    return this._child('pageLayout', () => new PageLayout(this.context, `${this._path}.pageLayout`, () => this._resolve()));
  }

  getRange(address?: string): Range {
    return new Range(this.context, `${this._path}.getRange(${JSON.stringify(address ?? '')})`, () => {
      const s = this._resolve();
      if (address === undefined || address === '') return { sheet: s, rect: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
      const { sheet: named, ref } = splitSheet(address);
      if (named !== null && named.toLowerCase() !== s.name.toLowerCase()) throw hostError('InvalidArgument', `The address '${address}' is on another sheet.`);
      const name = s.book.names.find((n) => !n.deleted && n.name.toLowerCase() === ref.toLowerCase() && (n.sheetId === null || n.sheetId === s.id));
      if (name) return refOfName(s.book, name.formula);
      return { sheet: s, rect: parseRect(ref) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => ({
      sheet: this._resolve(),
      rect: makeRect(startRow, startColumn, rowCount, columnCount),
    }));
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, `${this._path}.getUsedRange(${valuesOnly})`, () => {
      const s = this._resolve();
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const s = this._resolve();
      const rect = s.usedRect(valuesOnly);
      return rect ? { sheet: s, rect } : null;
    }, true);
  }

  activate(): void {
    this._call('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw hostError('InvalidOperation', `The sheet '${s.name}' is hidden and cannot be activated.`);
      s.book.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._call('delete', [], (s) => {
      const book = s.book;
      if (book.liveSheets().filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        throw hostError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.deleted = true;
      for (const t of book.tables) if (t.sheet === s) t.deleted = true;
      for (const n of book.names) if (n.sheetId === s.id) n.deleted = true;
      if (book.activeSheetId === s.id) book.activeSheetId = book.activeSheet().id;
    });
  }

  calculate(): void {
    this._call('calculate', [], () => undefined);
  }
}
scalarProps(Worksheet, SCALARS, ['id', 'standardHeight']);

/** The sheet and rectangle a defined name's formula (`=Sheet1!$A$1:$B$2`) refers to. */
export function refOfName(book: WorkbookModel, formula: string): { sheet: SheetModel; rect: ReturnType<typeof parseRect> } {
  const { sheet: sheetName, ref } = splitSheet(formula);
  const sheet = sheetName === null ? undefined : book.sheetByName(sheetName);
  if (!sheet) throw hostError('InvalidReference', `The name refers to '${formula}', which is not a range.`);
  return { sheet, rect: parseRect(ref) };
}

export class WorksheetCollection extends HostCollection<Worksheet, SheetModel> {
  constructor(context: HostContext, path: string, private readonly _book: () => WorkbookModel) {
    super(context, path, () => _book().liveSheets());
  }

  protected _makeItem(model: SheetModel): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem("${model.name}")`, () => model);
  }

  private _find(key: string): SheetModel | null {
    const book = this._book();
    return book.sheetByName(key) ?? book.liveSheets().find((s) => s.id === key) ?? null;
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const s = this._find(key);
      if (!s) throw hostError('ItemNotFound', `The requested resource doesn't exist: no sheet is named '${key}'.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this._find(key), true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, `${this._path}.getActiveWorksheet()`, () => this._book().activeSheet());
  }

  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, `${this._path}.getFirst(${visibleOnly})`, () => {
      const list = this._book().liveSheets().filter((s) => !visibleOnly || s.visibility === 'Visible');
      return list[0];
    });
  }

  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, `${this._path}.getLast(${visibleOnly})`, () => {
      const list = this._book().liveSheets().filter((s) => !visibleOnly || s.visibility === 'Visible');
      return list[list.length - 1];
    });
  }

  add(name?: string): Worksheet {
    const sheet = new Worksheet(this.context, `${this._path}.add(${JSON.stringify(name ?? '')})`, () => {
      throw hostError('InvalidObjectPath', 'The new sheet is not available before it is added.');
    });
    this._call('add', [name], (list) => {
      void list;
      const book = this._book();
      sheet._pin(book.addSheet(name ?? book.defaultSheetName()));
    });
    return sheet;
  }
}
