/** Excel tables (ListObjects): the collection, a table, its columns and rows. */
import { type Rect, intersects, parseRect, rectColumns, rectRows, splitSheet } from './address';
import { wireValue } from './cells';
import { HostCollection, HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import { HostEventSource } from './events';
import { SheetModel, type TableRecord, type WorkbookModel, checkDefinedName } from './model';
import { Range } from './range';
import { applyShift } from './shift';
import { Worksheet } from './worksheet';

const TABLE_SCALARS = [
  'name', 'id', 'legacyId', 'style', 'showHeaders', 'showTotals', 'showBandedRows', 'showBandedColumns', 'showFilterButton',
  'highlightFirstColumn', 'highlightLastColumn',
];

interface Describable {
  _describe(): string;
}

export class Table extends HostObject<TableRecord> {
  constructor(context: HostContext, path: string, resolve: () => TableRecord | null, orNull = false) {
    super(context, path, resolve, orNull);
  }

  protected _scalarNames(): readonly string[] {
    return TABLE_SCALARS;
  }

  protected _navNames(): readonly string[] {
    return ['columns', 'rows', 'worksheet'];
  }

  protected _snapshot(t: TableRecord, name: string): unknown {
    if (name === 'legacyId') return t.id.replace(/\D/g, '');
    return (t as unknown as Record<string, unknown>)[name];
  }

  _apply(t: TableRecord, name: string, value: unknown): void {
    switch (name) {
      case 'name': {
        const text = String(value);
        checkDefinedName(text);
        if (t.sheet.book.nameTaken(text, t)) throw hostError('ItemAlreadyExists', `The name '${text}' is already used by a table or a name.`);
        t.name = text;
        return;
      }
      case 'showHeaders':
      case 'showTotals':
        if (Boolean(value) !== (name === 'showHeaders')) throw hostError('NotImplemented', `The test host keeps tables with a header row and no totals row (${name}).`);
        return;
      case 'style':
        t.style = String(value);
        return;
      default:
        (t as unknown as Record<string, unknown>)[name] = Boolean(value);
    }
  }

  /** Raised after a sync or a user's edit changes cells in this table (see events.ts). */
  get onChanged(): HostEventSource<TableRecord> {
    return this._child('onChanged', () => new HostEventSource(this.context, `${this._path}.onChanged`, () => this._resolve(), 'table'));
  }

  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, `${this._path}.worksheet`, () => this._resolve().sheet));
  }

  get columns(): TableColumnCollection {
    return this._child('columns', () => new TableColumnCollection(this.context, `${this._path}.columns`, () => this._resolve()));
  }

  get rows(): TableRowCollection {
    return this._child('rows', () => new TableRowCollection(this.context, `${this._path}.rows`, () => this._resolve()));
  }

  private _part(name: string, rect: (t: TableRecord) => Rect): Range {
    return new Range(this.context, `${this._path}.${name}()`, () => {
      const t = this._resolve();
      return { sheet: t.sheet, rect: rect(t) };
    });
  }

  getRange(): Range {
    return this._part('getRange', (t) => ({ ...t.rect }));
  }

  getHeaderRowRange(): Range {
    return this._part('getHeaderRowRange', (t) => ({ ...t.rect, bottom: t.rect.top }));
  }

  getDataBodyRange(): Range {
    return this._part('getDataBodyRange', (t) => ({ ...t.rect, top: t.rect.top + 1 }));
  }

  getTotalRowRange(): Range {
    return this._part('getTotalRowRange', () => {
      throw hostError('InvalidOperation', 'The table has no totals row.');
    });
  }

  delete(): void {
    this._call('delete', [], (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.clearAll(r, c);
      t.deleted = true;
    });
  }

  convertToRange(): Range {
    const range = this._part('convertToRange', (t) => ({ ...t.rect }));
    this._call('convertToRange', [], (t) => {
      range._pin({ sheet: t.sheet, rect: { ...t.rect } });
      t.deleted = true;
    });
    return range;
  }

  resize(newRange: Range | string): void {
    this._call('resize', [typeof newRange === 'string' ? newRange : newRange._path], (t) => {
      const rect = typeof newRange === 'string' ? parseRect(splitSheet(newRange).ref) : newRange._resolve().rect;
      if (rect.top !== t.rect.top || rect.left !== t.rect.left) throw hostError('InvalidArgument', 'A table keeps its header row when resized.');
      if (t.sheet.tables().some((o) => o !== t && intersects(o.rect, rect))) throw hostError('InvalidOperation', "A table can't overlap another table.");
      const columns = rectColumns(rect);
      while (t.columnIds.length < columns) t.columnIds.push(t.nextColumnId++);
      t.columnIds.length = columns;
      t.rect = { ...rect };
      normaliseHeaders(t);
    });
  }

  clearFilters(): void {
    this._call('clearFilters', [], () => undefined);
  }

  reapplyFilters(): void {
    this._call('reapplyFilters', [], () => undefined);
  }
}
scalarProps(Table, TABLE_SCALARS, ['id', 'legacyId']);

/** Header cells become unique, non-empty text, as Excel makes them. */
function normaliseHeaders(t: TableRecord): void {
  const seen = new Set<string>();
  for (let j = 0; j < t.columnIds.length; j++) {
    const raw = t.sheet.value(t.rect.top, t.rect.left + j);
    let text = raw === '' ? `Column${j + 1}` : String(raw);
    const base = text;
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base}${n}`;
    seen.add(text.toLowerCase());
    const old = t.sheet.cell(t.rect.top, t.rect.left + j);
    if (!old || old.value !== text || old.formula !== null) {
      t.sheet.cells.set(SheetModel.key(t.rect.top, t.rect.left + j), { value: text, formula: null, numberFormat: old?.numberFormat ?? 'General' });
    }
  }
}

/** Creates a table over a rectangle (header row first). Used by tables.add and by the host's setup. */
export function createTable(book: WorkbookModel, sheet: SheetModel, rect: Rect, hasHeaders: boolean, name?: string): TableRecord {
  if (sheet.tables().some((t) => intersects(t.rect, rect))) throw hostError('InvalidOperation', "A table can't overlap another table.");
  let r = { ...rect };
  if (!hasHeaders) {
    applyShift(sheet, { axis: 'rows', bandStart: r.left, bandEnd: r.right, at: r.top, count: 1 });
    r = { ...r, bottom: r.bottom + 1 };
  } else if (rectRows(r) === 1) {
    r = { ...r, bottom: r.bottom + 1 };
  }
  let tableName = name;
  if (tableName === undefined) {
    for (let n = 1; ; n++) if (!book.nameTaken(`Table${n}`)) { tableName = `Table${n}`; break; }
  }
  checkDefinedName(tableName);
  if (book.nameTaken(tableName)) throw hostError('ItemAlreadyExists', `The name '${tableName}' is already used by a table or a name.`);
  const columns = rectColumns(r);
  const record: TableRecord = {
    id: book.nextId('{table-'), name: tableName, sheet, rect: r, columnIds: Array.from({ length: columns }, (_, i) => i + 1), nextColumnId: columns + 1,
    style: 'TableStyleMedium2', showHeaders: true, showTotals: false, showBandedRows: true, showBandedColumns: false, showFilterButton: true,
    highlightFirstColumn: false, highlightLastColumn: false, deleted: false,
  };
  if (!hasHeaders) for (let j = 0; j < columns; j++) sheet.write(r.top, r.left + j, `Column${j + 1}`);
  book.tables.push(record);
  normaliseHeaders(record);
  return record;
}

export class TableCollection extends HostCollection<Table, TableRecord> {
  constructor(context: HostContext, path: string, private readonly _scope: () => { book: WorkbookModel; sheet?: SheetModel }) {
    super(context, path, () => {
      const { book, sheet } = _scope();
      return book.tables.filter((t) => !t.deleted && (!sheet || t.sheet === sheet));
    });
  }

  protected _makeItem(model: TableRecord): Table {
    return new Table(this.context, `${this._path}.getItem("${model.name}")`, () => model);
  }

  private _find(key: string): TableRecord | null {
    const lower = String(key).toLowerCase();
    return this._resolve().find((t) => t.name.toLowerCase() === lower || t.id === key) ?? null;
  }

  getItem(key: string): Table {
    return new Table(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const t = this._find(key);
      if (!t) throw hostError('ItemNotFound', `The requested resource doesn't exist: no table is named '${key}'.`);
      return t;
    });
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this._find(key), true);
  }

  getItemAt(index: number): Table {
    return new Table(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._resolve()[index];
      if (!t) throw hostError('ItemNotFound', `There is no table at index ${index}.`);
      return t;
    });
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    this._sameContext(address);
    const table = new Table(this.context, `${this._path}.add(${JSON.stringify(typeof address === 'string' ? address : address._path)},${hasHeaders})`, () => {
      throw hostError('InvalidObjectPath', 'The new table is not available before it is added.');
    });
    this._call('add', [typeof address === 'string' ? address : address as unknown as Describable, hasHeaders], () => {
      const { book, sheet: scopeSheet } = this._scope();
      let sheet: SheetModel;
      let rect: Rect;
      if (typeof address === 'string') {
        const { sheet: named, ref } = splitSheet(address);
        const found = named === null ? scopeSheet ?? book.activeSheet() : book.sheetByName(named);
        if (!found) throw hostError('ItemNotFound', `No sheet is named '${named}'.`);
        sheet = found;
        rect = parseRect(ref);
      } else {
        ({ sheet, rect } = address._resolve());
      }
      if (scopeSheet && sheet !== scopeSheet) throw hostError('InvalidArgument', 'The address is on another sheet.');
      table._pin(createTable(book, sheet, rect, hasHeaders));
    });
    return table;
  }
}

// ---- columns ------------------------------------------------------------------------------

interface ColumnTarget {
  table: TableRecord;
  id: number;
  readonly deleted: boolean;
}

function columnTarget(table: TableRecord, id: number): ColumnTarget {
  return {
    table,
    id,
    get deleted() {
      return table.deleted || !table.columnIds.includes(id);
    },
  };
}

function columnIndex(c: ColumnTarget): number {
  return c.table.columnIds.indexOf(c.id);
}

/** Writes a column's values (header first) into the sheet, as the values setter does. */
function writeColumn(t: TableRecord, index: number, values: unknown[][], withHeader: boolean): void {
  const start = withHeader ? t.rect.top : t.rect.top + 1;
  values.forEach((line, i) => {
    const v = wireValue(Array.isArray(line) ? line[0] : line);
    if (v !== null) t.sheet.write(start + i, t.rect.left + index, v);
  });
}

export class TableColumn extends HostObject<ColumnTarget> {
  constructor(context: HostContext, path: string, resolve: () => ColumnTarget | null, orNull = false) {
    super(context, path, resolve, orNull);
  }

  protected _scalarNames(): readonly string[] {
    return ['id', 'index', 'name', 'values'];
  }

  protected _snapshot(c: ColumnTarget, name: string): unknown {
    const index = columnIndex(c);
    const t = c.table;
    switch (name) {
      case 'id':
        return c.id;
      case 'index':
        return index;
      case 'name':
        return t.sheet.book.headerText(t, index);
      case 'values': {
        const out: unknown[][] = [];
        for (let r = t.rect.top; r <= t.rect.bottom; r++) out.push([t.sheet.value(r, t.rect.left + index)]);
        return out;
      }
      default:
        return undefined;
    }
  }

  _apply(c: ColumnTarget, name: string, value: unknown): void {
    const t = c.table;
    const index = columnIndex(c);
    if (name === 'name') {
      const text = String(value);
      const clash = t.columnIds.some((_, j) => j !== index && t.sheet.book.headerText(t, j).toLowerCase() === text.toLowerCase());
      if (clash) throw hostError('InvalidArgument', `The table already has a column named '${text}'.`);
      t.sheet.write(t.rect.top, t.rect.left + index, `'${text}`);
    } else if (name === 'values') {
      const rows = rectRows(t.rect);
      if (!Array.isArray(value) || value.length !== rows) throw hostError('InvalidArgument', `A column of this table takes ${rows} values (header first).`);
      writeColumn(t, index, value as unknown[][], true);
      normaliseHeaders(t);
    } else {
      super._apply(c, name, value);
    }
  }

  private _part(name: string, rect: (t: TableRecord, index: number) => Rect): Range {
    return new Range(this.context, `${this._path}.${name}()`, () => {
      const c = this._resolve();
      return { sheet: c.table.sheet, rect: rect(c.table, columnIndex(c)) };
    });
  }

  getRange(): Range {
    return this._part('getRange', (t, i) => ({ ...t.rect, left: t.rect.left + i, right: t.rect.left + i }));
  }

  getHeaderRowRange(): Range {
    return this._part('getHeaderRowRange', (t, i) => ({ top: t.rect.top, bottom: t.rect.top, left: t.rect.left + i, right: t.rect.left + i }));
  }

  getDataBodyRange(): Range {
    return this._part('getDataBodyRange', (t, i) => ({ top: t.rect.top + 1, bottom: t.rect.bottom, left: t.rect.left + i, right: t.rect.left + i }));
  }

  delete(): void {
    this._call('delete', [], (c) => {
      const t = c.table;
      if (t.columnIds.length === 1) throw hostError('InvalidOperation', "A table's last column cannot be deleted.");
      const index = columnIndex(c);
      applyShift(t.sheet, { axis: 'columns', bandStart: t.rect.top, bandEnd: t.rect.bottom, at: t.rect.left + index, count: -1 }, t);
      t.columnIds.splice(index, 1);
      t.rect = { ...t.rect, right: t.rect.right - 1 };
    });
  }
}
scalarProps(TableColumn, ['id', 'index', 'name', 'values'], ['id', 'index']);

export class TableColumnCollection extends HostCollection<TableColumn, ColumnTarget> {
  constructor(context: HostContext, path: string, private readonly _table: () => TableRecord) {
    super(context, path, () => {
      const t = _table();
      return t.columnIds.map((id) => columnTarget(t, id));
    });
  }

  protected _makeItem(model: ColumnTarget): TableColumn {
    return new TableColumn(this.context, `${this._path}.getItem(${model.id})`, () => model);
  }

  private _find(key: string | number): ColumnTarget | null {
    const t = this._table();
    if (typeof key === 'number') return t.columnIds.includes(key) ? columnTarget(t, key) : null;
    const lower = String(key).toLowerCase();
    const index = t.columnIds.findIndex((_, j) => t.sheet.book.headerText(t, j).toLowerCase() === lower);
    return index >= 0 ? columnTarget(t, t.columnIds[index]) : null;
  }

  getItem(key: string | number): TableColumn {
    return new TableColumn(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const c = this._find(key);
      if (!c) throw hostError('ItemNotFound', `The table has no column '${key}'.`);
      return c;
    });
  }

  getItemOrNullObject(key: string | number): TableColumn {
    return new TableColumn(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this._find(key), true);
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._table();
      const id = t.columnIds[index];
      if (id === undefined) throw hostError('ItemNotFound', `The table has no column at index ${index}.`);
      return columnTarget(t, id);
    });
  }

  /** Inserts a column, shifting cells right within the table's rows, as Excel does. */
  add(index?: number | null, values?: unknown[][] | null, name?: string | null): TableColumn {
    const column = new TableColumn(this.context, `${this._path}.add(${index ?? 'null'})`, () => {
      throw hostError('InvalidObjectPath', 'The new column is not available before it is added.');
    });
    this._call('add', [index ?? null, values ?? null, name ?? null], () => {
      const t = this._table();
      const at = index === null || index === undefined ? t.columnIds.length : index;
      if (!Number.isInteger(at) || at < 0 || at > t.columnIds.length) throw hostError('InvalidArgument', `Column index ${at} is outside the table.`);
      const rows = rectRows(t.rect);
      let withHeader = true;
      if (values !== null && values !== undefined) {
        if (!Array.isArray(values)) throw hostError('InvalidArgument', 'Column values must be a 2-D array.');
        if (values.length === rows - 1 && name) withHeader = false;
        else if (values.length !== rows) throw hostError('InvalidArgument', `The new column needs ${rows} values (header first); it got ${values.length}.`);
      }
      applyShift(t.sheet, { axis: 'columns', bandStart: t.rect.top, bandEnd: t.rect.bottom, at: t.rect.left + at, count: 1 }, t);
      const id = t.nextColumnId++;
      t.columnIds.splice(at, 0, id);
      t.rect = { ...t.rect, right: t.rect.right + 1 };
      if (values) writeColumn(t, at, values, withHeader);
      if (name) t.sheet.write(t.rect.top, t.rect.left + at, `'${name}`);
      normaliseHeaders(t);
      column._pin(columnTarget(t, id));
    });
    return column;
  }
}

// ---- rows ---------------------------------------------------------------------------------

interface RowTarget {
  table: TableRecord;
  index: number;
  readonly deleted: boolean;
}

function rowTarget(table: TableRecord, index: number): RowTarget {
  return {
    table,
    index,
    get deleted() {
      return table.deleted;
    },
  };
}

export class TableRow extends HostObject<RowTarget> {
  constructor(context: HostContext, path: string, resolve: () => RowTarget | null) {
    super(context, path, resolve);
  }

  protected _scalarNames(): readonly string[] {
    return ['index', 'values'];
  }

  protected _snapshot(r: RowTarget, name: string): unknown {
    if (name === 'index') return r.index;
    const t = r.table;
    const line: unknown[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push(t.sheet.value(t.rect.top + 1 + r.index, c));
    return [line];
  }

  _apply(r: RowTarget, name: string, value: unknown): void {
    if (name !== 'values') return super._apply(r, name, value);
    const t = r.table;
    const line = (value as unknown[][])[0];
    if (!Array.isArray(line) || line.length !== t.columnIds.length) throw hostError('InvalidArgument', 'A row takes one value per column.');
    line.forEach((v, j) => {
      const w = wireValue(v);
      if (w !== null) t.sheet.write(t.rect.top + 1 + r.index, t.rect.left + j, w);
    });
  }

  getRange(): Range {
    return new Range(this.context, `${this._path}.getRange()`, () => {
      const r = this._resolve();
      const row = r.table.rect.top + 1 + r.index;
      return { sheet: r.table.sheet, rect: { ...r.table.rect, top: row, bottom: row } };
    });
  }

  delete(): void {
    this._call('delete', [], (r) => deleteRows(r.table, r.index, 1));
  }
}
scalarProps(TableRow, ['index', 'values'], ['index']);

function deleteRows(t: TableRecord, index: number, count: number): void {
  const dataRows = rectRows(t.rect) - 1;
  if (index < 0 || index + count > dataRows) throw hostError('InvalidArgument', 'The rows are outside the table.');
  if (count >= dataRows) {
    // Excel keeps one (empty) data row.
    for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.clearContents(t.rect.top + 1, c);
    if (dataRows > 1) deleteRows(t, 1, dataRows - 1);
    return;
  }
  applyShift(t.sheet, { axis: 'rows', bandStart: t.rect.left, bandEnd: t.rect.right, at: t.rect.top + 1 + index, count: -count }, t);
  t.rect = { ...t.rect, bottom: t.rect.bottom - count };
}

export class TableRowCollection extends HostCollection<TableRow, RowTarget> {
  constructor(context: HostContext, path: string, private readonly _table: () => TableRecord) {
    super(context, path, () => {
      const t = _table();
      return Array.from({ length: rectRows(t.rect) - 1 }, (_, i) => rowTarget(t, i));
    });
  }

  protected _makeItem(model: RowTarget): TableRow {
    return new TableRow(this.context, `${this._path}.getItemAt(${model.index})`, () => model);
  }

  protected _scalarNames(): readonly string[] {
    return ['items', 'count'];
  }

  get count(): number {
    return this._get<number>('count');
  }

  _loadNow(names: string[]): number {
    if (names.includes('count')) {
      this._loaded.set('count', rectRows(this._table().rect) - 1);
      names = names.filter((n) => n !== 'count');
      if (names.length === 0) return 12;
    }
    return super._loadNow(names);
  }

  getItemAt(index: number): TableRow {
    return new TableRow(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._table();
      if (index < 0 || index >= rectRows(t.rect) - 1) throw hostError('ItemNotFound', `The table has no row at index ${index}.`);
      return rowTarget(t, index);
    });
  }

  /** Inserts rows (at the end by default), shifting cells below down within the table's columns. */
  add(index?: number | null, values?: unknown[][] | null, alwaysInsert?: boolean): TableRow {
    void alwaysInsert;
    const row = new TableRow(this.context, `${this._path}.add(${index ?? 'null'})`, () => {
      throw hostError('InvalidObjectPath', 'The new row is not available before it is added.');
    });
    this._call('add', [index ?? null, values ?? null], () => {
      const t = this._table();
      const dataRows = rectRows(t.rect) - 1;
      const at = index === null || index === undefined ? dataRows : index;
      if (!Number.isInteger(at) || at < 0 || at > dataRows) throw hostError('InvalidArgument', `Row index ${at} is outside the table.`);
      const lines = values ?? [Array(t.columnIds.length).fill('')];
      if (!Array.isArray(lines) || lines.some((l) => !Array.isArray(l) || l.length !== t.columnIds.length)) {
        throw hostError('InvalidArgument', 'Each new row takes one value per column.');
      }
      applyShift(t.sheet, { axis: 'rows', bandStart: t.rect.left, bandEnd: t.rect.right, at: t.rect.top + 1 + at, count: lines.length }, t);
      t.rect = { ...t.rect, bottom: t.rect.bottom + lines.length };
      lines.forEach((line, i) => line.forEach((v, j) => {
        const w = wireValue(v);
        if (w !== null) t.sheet.write(t.rect.top + 1 + at + i, t.rect.left + j, w);
      }));
      row._pin(rowTarget(t, at));
    });
    return row;
  }

  deleteRowsAt(index: number, count = 1): void {
    this._call('deleteRowsAt', [index, count], () => deleteRows(this._table(), index, count));
  }
}
