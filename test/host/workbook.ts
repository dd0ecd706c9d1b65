/** Excel.Workbook: the entry point of a request context, with application and settings. */
import { BagObject, bagProps } from './bag';
import { HostCollection, HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { WorkbookModel } from './model';
import { NamedItemCollection } from './names';
import { Range } from './range';
import { TableCollection } from './table';
import { WorksheetCollection } from './worksheet';

export class Application extends HostObject<WorkbookModel> {
  constructor(context: HostContext, path: string, resolve: () => WorkbookModel) {
    super(context, path, resolve);
  }

  protected _scalarNames(): readonly string[] {
    return ['calculationMode', 'calculationEngineVersion', 'calculationState'];
  }

  protected _snapshot(b: WorkbookModel, name: string): unknown {
    if (name === 'calculationEngineVersion') return 1;
    if (name === 'calculationState') return 'Done';
    return b.calculationMode;
  }

  _apply(b: WorkbookModel, name: string, value: unknown): void {
    if (name !== 'calculationMode') return super._apply(b, name, value);
    b.calculationMode = String(value);
  }

  calculate(calculationType = 'Recalculate'): void {
    this._call('calculate', [calculationType], () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => undefined);
  }
}
scalarProps(Application, ['calculationMode', 'calculationEngineVersion', 'calculationState'], ['calculationEngineVersion', 'calculationState']);

interface SettingTarget {
  book: WorkbookModel;
  key: string;
  readonly deleted: boolean;
}

function settingTarget(book: WorkbookModel, key: string): SettingTarget {
  return {
    book,
    key,
    get deleted() {
      return !book.settings.has(key);
    },
  };
}

export class Setting extends HostObject<SettingTarget> {
  constructor(context: HostContext, path: string, resolve: () => SettingTarget | null, orNull = false) {
    super(context, path, resolve, orNull);
  }

  protected _scalarNames(): readonly string[] {
    return ['key', 'value'];
  }

  protected _snapshot(s: SettingTarget, name: string): unknown {
    return name === 'key' ? s.key : s.book.settings.get(s.key);
  }

  _apply(s: SettingTarget, name: string, value: unknown): void {
    if (name !== 'value') return super._apply(s, name, value);
    s.book.settings.set(s.key, JSON.parse(JSON.stringify(value)));
  }

  delete(): void {
    this._call('delete', [], (s) => {
      s.book.settings.delete(s.key);
    });
  }
}
scalarProps(Setting, ['key', 'value'], ['key']);

export class SettingCollection extends HostCollection<Setting, SettingTarget> {
  constructor(context: HostContext, path: string, private readonly _book: () => WorkbookModel) {
    super(context, path, () => [...(_book().settings.keys())].map((k) => settingTarget(_book(), k)));
  }

  protected _makeItem(model: SettingTarget): Setting {
    return new Setting(this.context, `${this._path}.getItem("${model.key}")`, () => model);
  }

  add(key: string, value: unknown): Setting {
    const setting = new Setting(this.context, `${this._path}.add(${JSON.stringify(key)})`, () => {
      throw hostError('InvalidObjectPath', 'The setting is not available before it is added.');
    });
    this._call('add', [key, value], () => {
      const book = this._book();
      book.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
      setting._pin(settingTarget(book, key));
    });
    return setting;
  }

  getItem(key: string): Setting {
    return new Setting(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const book = this._book();
      if (!book.settings.has(key)) throw hostError('ItemNotFound', `No setting '${key}'.`);
      return settingTarget(book, key);
    });
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      const book = this._book();
      return book.settings.has(key) ? settingTarget(book, key) : null;
    }, true);
  }
}

const PROPERTY_DEFAULTS: Record<string, unknown> = {
  title: '', subject: '', author: '', keywords: '', comments: '', category: '', company: '', manager: '',
  lastAuthor: '', revisionNumber: 0, creationDate: null,
};

export class DocumentProperties extends BagObject {
  protected readonly _prefix = '';
  protected readonly _defaults = PROPERTY_DEFAULTS;
}
bagProps(DocumentProperties, PROPERTY_DEFAULTS, ['lastAuthor', 'creationDate']);

export class Workbook extends HostObject<WorkbookModel> {
  constructor(context: HostContext) {
    super(context, 'workbook', () => context._host.model);
  }

  protected _scalarNames(): readonly string[] {
    return ['name', 'readOnly', 'isDirty'];
  }

  protected _navNames(): readonly string[] {
    return ['worksheets', 'tables', 'names', 'settings', 'application', 'properties'];
  }

  protected _snapshot(_b: WorkbookModel, name: string): unknown {
    if (name === 'name') return 'Book1.xlsx';
    return false;
  }

  private get _book(): () => WorkbookModel {
    return () => this._resolve();
  }

  get worksheets(): WorksheetCollection {
    return this._child('worksheets', () => new WorksheetCollection(this.context, 'workbook.worksheets', this._book));
  }

  get tables(): TableCollection {
    return this._child('tables', () => new TableCollection(this.context, 'workbook.tables', () => ({ book: this._resolve() })));
  }

  get names(): NamedItemCollection {
    return this._child('names', () => new NamedItemCollection(this.context, 'workbook.names', () => ({ book: this._resolve() })));
  }

  get settings(): SettingCollection {
    return this._child('settings', () => new SettingCollection(this.context, 'workbook.settings', this._book));
  }

  get application(): Application {
    return this._child('application', () => new Application(this.context, 'workbook.application', this._book));
  }

  get properties(): DocumentProperties {
    return this._child('properties', () => new DocumentProperties(this.context, 'workbook.properties', () => this._resolve().properties));
  }

  getSelectedRange(): Range {
    return new Range(this.context, 'workbook.getSelectedRange()', () => {
      const sheet = this._resolve().activeSheet();
      return { sheet, rect: { ...sheet.selection } };
    });
  }

  getActiveCell(): Range {
    return new Range(this.context, 'workbook.getActiveCell()', () => {
      const sheet = this._resolve().activeSheet();
      return { sheet, rect: { top: sheet.selection.top, left: sheet.selection.left, bottom: sheet.selection.top, right: sheet.selection.left } };
    });
  }
}
scalarProps(Workbook, ['name', 'readOnly', 'isDirty'], ['name', 'readOnly']);
