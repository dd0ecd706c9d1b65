/** Defined names, workbook-scoped (workbook.names) or sheet-scoped (worksheet.names). */
import { qualified, quoteSheet, rectName } from './address';
import { HostCollection, HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import { type NameRecord, type SheetModel, type WorkbookModel, checkDefinedName } from './model';
import { Range } from './range';
import { Worksheet, refOfName } from './worksheet';

const SCALARS = ['name', 'type', 'value', 'formula', 'visible', 'comment', 'scope'];

interface Describable {
  _describe(): string;
}

/** `=Sheet1!$A$1:$B$2` for a range; the text given (with `=`) otherwise. */
function formulaOf(reference: unknown): string {
  if (reference && typeof reference === 'object' && typeof (reference as Describable)._describe === 'function') {
    const address = (reference as Describable)._describe();
    const bang = address.lastIndexOf('!');
    const absolute = address.slice(bang + 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return `=${address.slice(0, bang)}!${absolute}`;
  }
  if (typeof reference !== 'string' || reference === '') throw hostError('InvalidArgument', 'A name needs a reference.');
  return reference.startsWith('=') ? reference : `=${reference}`;
}

function typeOf(formula: string): string {
  const body = formula.slice(1);
  if (/^('[^']+'|[^!]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(body)) return 'Range';
  if (/^-?\d+(\.\d+)?$/.test(body)) return Number.isInteger(Number(body)) ? 'Integer' : 'Double';
  if (/^".*"$/.test(body)) return 'String';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  return 'Formula';
}

export class NamedItem extends HostObject<NameRecord> {
  constructor(context: HostContext, path: string, resolve: () => NameRecord | null, private readonly _book: () => WorkbookModel, orNull = false) {
    super(context, path, resolve, orNull);
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected _snapshot(n: NameRecord, name: string): unknown {
    switch (name) {
      case 'type':
        return typeOf(n.formula);
      case 'value': {
        const body = n.formula.slice(1);
        return typeOf(n.formula) === 'String' ? body.slice(1, -1) : body;
      }
      case 'scope':
        return n.sheetId === null ? 'Workbook' : 'Worksheet';
      default:
        return (n as unknown as Record<string, unknown>)[name];
    }
  }

  _apply(n: NameRecord, name: string, value: unknown): void {
    if (name === 'formula') n.formula = formulaOf(value);
    else if (name === 'visible') n.visible = Boolean(value);
    else if (name === 'comment') n.comment = String(value);
    else super._apply(n, name, value);
  }

  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, `${this._path}.worksheet`, () => {
      const n = this._resolve();
      const sheet = this._book().liveSheets().find((s) => s.id === n.sheetId);
      if (!sheet) throw hostError('ItemNotFound', 'The name is not scoped to a worksheet.');
      return sheet;
    }));
  }

  getRange(): Range {
    return new Range(this.context, `${this._path}.getRange()`, () => refOfName(this._book(), this._resolve().formula));
  }

  getRangeOrNullObject(): Range {
    return new Range(this.context, `${this._path}.getRangeOrNullObject()`, () => {
      try {
        return refOfName(this._book(), this._resolve().formula);
      } catch {
        return null;
      }
    }, true);
  }

  delete(): void {
    this._call('delete', [], (n) => {
      n.deleted = true;
    });
  }
}
scalarProps(NamedItem, SCALARS, ['name', 'type', 'value', 'scope']);

export class NamedItemCollection extends HostCollection<NamedItem, NameRecord> {
  constructor(context: HostContext, path: string, private readonly _scope: () => { book: WorkbookModel; sheet?: SheetModel }) {
    super(context, path, () => {
      const { book, sheet } = _scope();
      return book.names.filter((n) => !n.deleted && n.sheetId === (sheet ? sheet.id : null));
    });
  }

  protected _makeItem(model: NameRecord): NamedItem {
    return new NamedItem(this.context, `${this._path}.getItem("${model.name}")`, () => model, () => this._scope().book);
  }

  private _find(name: string): NameRecord | null {
    const lower = name.toLowerCase();
    return this._resolve().find((n) => n.name.toLowerCase() === lower) ?? null;
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const n = this._find(name);
      if (!n) throw hostError('ItemNotFound', `No name '${name}' exists in this scope.`);
      return n;
    }, () => this._scope().book);
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, () => this._find(name), () => this._scope().book, true);
  }

  add(name: string, reference: Range | string, comment?: string): NamedItem {
    this._sameContext(reference);
    const item = new NamedItem(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => {
      throw hostError('InvalidObjectPath', 'The new name is not available before it is added.');
    }, () => this._scope().book);
    this._call('add', [name, reference, comment ?? ''], () => {
      const { book, sheet } = this._scope();
      checkDefinedName(name);
      if (this._find(name)) throw hostError('ItemAlreadyExists', `The name '${name}' already exists in this scope.`);
      if (!sheet && book.nameTaken(name)) throw hostError('ItemAlreadyExists', `The name '${name}' is already used by a table or a name.`);
      const record: NameRecord = { name, formula: formulaOf(reference), comment: comment ?? '', visible: true, sheetId: sheet ? sheet.id : null, deleted: false };
      book.names.push(record);
      item._pin(record);
    });
    return item;
  }

  addFormulaLocal(name: string, formula: string, comment?: string): NamedItem {
    return this.add(name, formula, comment);
  }
}

/** For inspection: the formula a range would get as a name's reference. */
export function nameFormulaFor(sheet: SheetModel, rect: Parameters<typeof rectName>[0]): string {
  return `=${quoteSheet(sheet.name)}!${rectName(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

export { qualified };
