/** Range.conditionalFormats: each keeps its type and range; its rule and format are recorded. */
import { qualified } from './address';
import { HostCollection, HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { ConditionalFormatRecord } from './model';
import { Range } from './range';
import type { RangeTarget } from './rangeTarget';
import { recorder } from './recorder';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
/** The property that holds each type's rule, as Office.js names it. */
const PARTS = ['custom', 'dataBar', 'colorScale', 'iconSet', 'topBottom', 'preset', 'textComparison', 'cellValue'];

export class ConditionalFormat extends HostObject<ConditionalFormatRecord> {
  private readonly _local = new Map<string, unknown>();

  constructor(context: HostContext, path: string, resolve: () => ConditionalFormatRecord | null, private readonly _sheet: () => RangeTarget['sheet']) {
    super(context, path, resolve);
    for (const part of PARTS) {
      const get = () => recorder(this.context, this._path, () => this._resolve(), part, this._local);
      Object.defineProperty(this, part, { get, enumerable: true });
      Object.defineProperty(this, `${part}OrNullObject`, { get, enumerable: true });
    }
  }

  protected _scalarNames(): readonly string[] {
    return ['id', 'type', 'priority', 'stopIfTrue'];
  }

  _apply(t: ConditionalFormatRecord, name: string, value: unknown): void {
    if (name === 'priority') t.priority = Number(value);
    else if (name === 'stopIfTrue') t.stopIfTrue = Boolean(value);
    else super._apply(t, name, value);
  }

  getRange(): Range {
    return new Range(this.context, `${this._path}.getRange()`, () => ({ sheet: this._sheet(), rect: this._resolve().rect }));
  }

  getRangeOrNullObject(): Range {
    return new Range(this.context, `${this._path}.getRangeOrNullObject()`, () => ({ sheet: this._sheet(), rect: this._resolve().rect }), true);
  }

  delete(): void {
    this._call('delete', [], (t) => {
      t.deleted = true;
      const list = this._sheet().conditionalFormats;
      list.splice(list.indexOf(t), 1);
    });
  }
}
scalarProps(ConditionalFormat, ['id', 'type', 'priority', 'stopIfTrue'], ['id', 'type']);

export class ConditionalFormatCollection extends HostCollection<ConditionalFormat, ConditionalFormatRecord> {
  constructor(context: HostContext, path: string, private readonly _range: () => RangeTarget) {
    super(context, path, () => {
      const { sheet, rect } = _range();
      return sheet.conditionalFormats.filter((cf) => cf.rect.top <= rect.bottom && rect.top <= cf.rect.bottom && cf.rect.left <= rect.right && rect.left <= cf.rect.right);
    });
  }

  protected _makeItem(model: ConditionalFormatRecord): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItem("${model.id}")`, () => model, () => this._range().sheet);
  }

  add(type: string): ConditionalFormat {
    const canonical = TYPES.find((t) => t.toLowerCase() === String(type).toLowerCase());
    const item = new ConditionalFormat(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      throw hostError('InvalidObjectPath', 'The conditional format is not available before it is added.');
    }, () => this._range().sheet);
    this._call('add', [type], () => {
      const { sheet, rect } = this._range();
      if (!canonical) throw hostError('InvalidArgument', `'${type}' is not a conditional format type.`);
      for (const cf of sheet.conditionalFormats) cf.priority += 1;
      const record: ConditionalFormatRecord = {
        id: sheet.book.nextId('cf'), type: canonical, rect: { ...rect }, priority: 0, stopIfTrue: false, props: {}, calls: [], deleted: false,
      };
      sheet.conditionalFormats.push(record);
      item._pin(record);
    });
    return item;
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItem("${id}")`, () => {
      const found = this._resolve().find((cf) => cf.id === id);
      if (!found) throw hostError('ItemNotFound', `No conditional format has the id '${id}'.`);
      return found;
    }, () => this._range().sheet);
  }

  clearAll(): void {
    this._call('clearAll', [], () => {
      const { sheet } = this._range();
      for (const cf of this._resolve()) {
        cf.deleted = true;
        sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
      }
    });
  }
}

/** For inspection: a conditional format's range as an address. */
export function conditionalFormatAddress(sheetName: string, cf: ConditionalFormatRecord): string {
  return qualified(sheetName, cf.rect);
}
