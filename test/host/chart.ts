/** Worksheet.charts: a chart keeps its type, source, position and size; its parts are recorded. */
import { HostCollection, HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { ChartRecord, SheetModel } from './model';
import { Range } from './range';
import { recorder } from './recorder';
import { Worksheet } from './worksheet';

const SCALARS = ['name', 'id', 'chartType', 'top', 'left', 'height', 'width', 'seriesBy'];
/** Parts recorded as property paths, e.g. `title.text`, `axes.valueAxis.title.text`. */
const PARTS = ['title', 'legend', 'axes', 'series', 'dataLabels', 'format', 'plotArea'];

interface Describable {
  _describe(): string;
}

function addressOf(value: unknown): string {
  return typeof value === 'string' ? value : (value as Describable)._describe();
}

export class Chart extends HostObject<ChartRecord> {
  private readonly _local = new Map<string, unknown>();

  constructor(context: HostContext, path: string, resolve: () => ChartRecord | null, private readonly _sheet: () => SheetModel, orNull = false) {
    super(context, path, resolve, orNull);
    for (const part of PARTS) {
      Object.defineProperty(this, part, { get: () => recorder(this.context, this._path, () => this._resolve(), part, this._local), enumerable: true });
    }
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected _snapshot(c: ChartRecord, name: string): unknown {
    if (name === 'chartType') return c.type;
    return (c as unknown as Record<string, unknown>)[name];
  }

  _apply(c: ChartRecord, name: string, value: unknown): void {
    if (name === 'chartType') c.type = String(value);
    else if (name === 'name') c.name = String(value);
    else if (name === 'seriesBy') c.seriesBy = String(value);
    else if (['top', 'left', 'height', 'width'].includes(name)) (c as unknown as Record<string, number>)[name] = Number(value);
    else super._apply(c, name, value);
  }

  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, `${this._path}.worksheet`, () => this._sheet()));
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call('setPosition', [addressArgText(startCell), endCell === undefined ? null : addressArgText(endCell)], (c) => {
      c.position = { start: addressOf(startCell), end: endCell === undefined ? null : addressOf(endCell) };
    });
  }

  setData(sourceData: Range, seriesBy = 'Auto'): void {
    this._call('setData', [addressArgText(sourceData), seriesBy], (c) => {
      c.source = addressOf(sourceData);
      c.seriesBy = seriesBy;
    });
  }

  activate(): void {
    this._call('activate', [], () => undefined);
  }

  delete(): void {
    this._call('delete', [], (c) => {
      c.deleted = true;
    });
  }
}
scalarProps(Chart, SCALARS, ['id']);

function addressArgText(value: unknown): string {
  return typeof value === 'string' ? value : (value as HostObject)._path;
}

export class ChartCollection extends HostCollection<Chart, ChartRecord> {
  constructor(context: HostContext, path: string, private readonly _sheet: () => SheetModel) {
    super(context, path, () => _sheet().charts.filter((c) => !c.deleted));
  }

  protected _makeItem(model: ChartRecord): Chart {
    return new Chart(this.context, `${this._path}.getItem("${model.name}")`, () => model, this._sheet);
  }

  private _find(name: string): ChartRecord | null {
    return this._resolve().find((c) => c.name.toLowerCase() === name.toLowerCase() || c.id === name) ?? null;
  }

  getItem(name: string): Chart {
    return new Chart(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const c = this._find(name);
      if (!c) throw hostError('ItemNotFound', `No chart is named '${name}'.`);
      return c;
    }, this._sheet);
  }

  getItemOrNullObject(name: string): Chart {
    return new Chart(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, () => this._find(name), this._sheet, true);
  }

  getItemAt(index: number): Chart {
    return new Chart(this.context, `${this._path}.getItemAt(${index})`, () => {
      const c = this._resolve()[index];
      if (!c) throw hostError('ItemNotFound', `No chart at index ${index}.`);
      return c;
    }, this._sheet);
  }

  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    this._sameContext(sourceData);
    const chart = new Chart(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      throw hostError('InvalidObjectPath', 'The new chart is not available before it is added.');
    }, this._sheet);
    this._call('add', [type, addressArgText(sourceData), seriesBy], () => {
      const sheet = this._sheet();
      if (typeof type !== 'string' || type === '') throw hostError('InvalidArgument', 'A chart needs a type.');
      const source = addressOf(sourceData);
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const record: ChartRecord = {
        id: sheet.book.nextId('chart'), name: `Chart ${n}`, type, source, seriesBy, top: 0, left: 0, height: 216, width: 360,
        position: null, props: {}, calls: [], deleted: false,
      };
      sheet.charts.push(record);
      chart._pin(record);
    });
    return chart;
  }
}
