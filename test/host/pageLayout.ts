/** Worksheet.pageLayout (orientation, zoom, print titles, headers and footers) and freezePanes. */
import { type Rect, MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet } from './address';
import { BagObject, bagProps } from './bag';
import { HostObject } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { SheetModel } from './model';
import { Range } from './range';

const LAYOUT_DEFAULTS: Record<string, unknown> = {
  orientation: 'Portrait', zoom: { scale: 100 }, printGridlines: false, printHeadings: false, centerHorizontally: false,
  centerVertically: false, paperSize: 'Letter', blackAndWhite: false, draftMode: false, firstPageNumber: '',
  printOrder: 'DownThenOver', printComments: 'NoComments', printErrors: 'AsDisplayed', leftMargin: 50.4, rightMargin: 50.4,
  topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6,
};
const HEADER_FOOTER_DEFAULTS = { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' };
const GROUP_DEFAULTS = { state: 'Default', useSheetMargins: true, useSheetScale: true };

export class HeaderFooter extends BagObject {
  protected readonly _defaults = HEADER_FOOTER_DEFAULTS;
  constructor(context: HostContext, path: string, resolve: () => Record<string, unknown>, protected readonly _prefix: string) {
    super(context, path, resolve);
  }
}
bagProps(HeaderFooter, HEADER_FOOTER_DEFAULTS);

export class HeaderFooterGroup extends BagObject {
  protected readonly _prefix = 'headersFooters.';
  protected readonly _defaults = GROUP_DEFAULTS;
  protected _navNames(): readonly string[] {
    return ['defaultForAllPages', 'firstPage', 'evenPages', 'oddPages'];
  }
  private _part(name: string): HeaderFooter {
    return this._child(name, () => new HeaderFooter(this.context, `${this._path}.${name}`, () => this._resolve(), `headersFooters.${name}.`));
  }
  get defaultForAllPages(): HeaderFooter {
    return this._part('defaultForAllPages');
  }
  get firstPage(): HeaderFooter {
    return this._part('firstPage');
  }
  get evenPages(): HeaderFooter {
    return this._part('evenPages');
  }
  get oddPages(): HeaderFooter {
    return this._part('oddPages');
  }
}
bagProps(HeaderFooterGroup, GROUP_DEFAULTS);

interface Describable {
  _describe(): string;
}

/** A range argument as an address on this sheet; print titles must be whole rows or columns. */
function addressArg(sheet: SheetModel, value: unknown): string {
  const text = typeof value === 'string' ? value : (value as Describable)._describe();
  const { sheet: named, ref } = splitSheet(text);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) throw hostError('InvalidArgument', 'The range must be on the same sheet.');
  parseRect(ref);
  return ref.replace(/\$/g, '');
}

export class PageLayout extends BagObject {
  protected readonly _prefix = '';
  protected readonly _defaults = LAYOUT_DEFAULTS;

  constructor(context: HostContext, path: string, private readonly _sheet: () => SheetModel) {
    super(context, path, () => _sheet().pageLayout);
  }

  protected _navNames(): readonly string[] {
    return ['headersFooters'];
  }

  _apply(bag: Record<string, unknown>, name: string, value: unknown): void {
    if (name === 'zoom') {
      const z = value as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
      if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) throw hostError('InvalidArgument', 'Zoom scale must be between 10 and 400.');
      bag.zoom = { ...z };
      return;
    }
    super._apply(bag, name, value);
  }

  get headersFooters(): HeaderFooterGroup {
    return this._child('headersFooters', () => new HeaderFooterGroup(this.context, `${this._path}.headersFooters`, () => this._resolve()));
  }

  setPrintTitleRows(rows: unknown): void {
    this._call('setPrintTitleRows', [rows], (bag) => {
      bag.printTitleRows = addressArg(this._sheet(), rows);
    });
  }

  setPrintTitleColumns(columns: unknown): void {
    this._call('setPrintTitleColumns', [columns], (bag) => {
      bag.printTitleColumns = addressArg(this._sheet(), columns);
    });
  }

  setPrintArea(area: unknown): void {
    this._call('setPrintArea', [area], (bag) => {
      bag.printArea = addressArg(this._sheet(), area);
    });
  }

  setPrintMargins(unit: string, options: Record<string, number>): void {
    this._call('setPrintMargins', [unit, options], (bag) => {
      const factor = unit === 'Inches' ? 72 : unit === 'Centimeters' ? 72 / 2.54 : 1;
      for (const [k, v] of Object.entries(options)) bag[`${k}Margin`] = v * factor;
    });
  }

  private _stored(name: 'printTitleRows' | 'printTitleColumns' | 'printArea'): Range {
    return new Range(this.context, `${this._path}.get${name[0].toUpperCase()}${name.slice(1)}OrNullObject()`, () => {
      const ref = this._resolve()[name];
      return typeof ref === 'string' ? { sheet: this._sheet(), rect: parseRect(ref) } : null;
    }, true);
  }

  getPrintTitleRowsOrNullObject(): Range {
    return this._stored('printTitleRows');
  }

  getPrintTitleColumnsOrNullObject(): Range {
    return this._stored('printTitleColumns');
  }

  getPrintAreaOrNullObject(): Range {
    return this._stored('printArea');
  }
}
bagProps(PageLayout, LAYOUT_DEFAULTS);

export class FreezePanes extends HostObject<SheetModel> {
  constructor(context: HostContext, path: string, resolve: () => SheetModel) {
    super(context, path, resolve);
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (s) => {
      s.freeze = { rows: count, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (s) => {
      s.freeze = { rows: 0, columns: count };
    });
  }

  freezeAt(frozenRange: unknown): void {
    this._call('freezeAt', [frozenRange], (s) => {
      const rect: Rect = parseRect(addressArg(s, frozenRange));
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this._call('unfreeze', [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }

  getLocationOrNullObject(): Range {
    return new Range(this.context, `${this._path}.getLocationOrNullObject()`, () => {
      const s = this._resolve();
      const { rows, columns } = s.freeze;
      if (rows === 0 && columns === 0) return null;
      const rect: Rect = {
        top: 0, left: 0, bottom: rows > 0 ? rows - 1 : MAX_ROWS - 1, right: columns > 0 ? columns - 1 : MAX_COLUMNS - 1,
      };
      return { sheet: s, rect };
    }, true);
  }
}
