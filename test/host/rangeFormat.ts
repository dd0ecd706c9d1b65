/** Range.format and its parts: fill, font, borders, protection, column widths and row heights. */
import { HostCollection, HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { displayText } from './cells';
import { hostError } from './errors';
import { readFormat, resetFormats, writeFormat } from './formatStore';
import type { RangeTarget } from './rangeTarget';

/** Excel's default column width and row height, in points. */
export const STANDARD_WIDTH = 48;
export const STANDARD_HEIGHT = 15;

/** A format object whose properties are stored under `prefix.name` keys. */
abstract class FormatPart extends HostObject<RangeTarget> {
  protected abstract readonly _prefix: string;
  protected abstract readonly _defaults: Record<string, unknown>;

  constructor(context: HostContext, path: string, resolve: () => RangeTarget) {
    super(context, path, resolve);
  }

  protected _scalarNames(): readonly string[] {
    return Object.keys(this._defaults);
  }

  protected _snapshot(t: RangeTarget, name: string): unknown {
    return readFormat(t.sheet, t.rect, this._prefix + name, this._defaults[name]);
  }

  _apply(t: RangeTarget, name: string, value: unknown): void {
    writeFormat(t.sheet, t.rect, this._prefix + name, value);
  }
}

const FILL_DEFAULTS = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', patternTintAndShade: 0, tintAndShade: 0 };
export class RangeFill extends FormatPart {
  protected readonly _prefix = 'fill.';
  protected readonly _defaults = FILL_DEFAULTS;
  clear(): void {
    this._call('clear', [], (t) => resetFormats(t.sheet, t.rect, 'fill.*'));
  }
}
scalarProps(RangeFill, Object.keys(FILL_DEFAULTS));

const FONT_DEFAULTS = {
  bold: false, italic: false, color: '#000000', name: 'Calibri', size: 11, underline: 'None',
  strikethrough: false, subscript: false, superscript: false, tintAndShade: 0,
};
export class RangeFont extends FormatPart {
  protected readonly _prefix = 'font.';
  protected readonly _defaults = FONT_DEFAULTS;
}
scalarProps(RangeFont, Object.keys(FONT_DEFAULTS));

const PROTECTION_DEFAULTS = { locked: true, formulaHidden: false };
export class FormatProtection extends FormatPart {
  protected readonly _prefix = 'protection.';
  protected readonly _defaults = PROTECTION_DEFAULTS;
}
scalarProps(FormatProtection, Object.keys(PROTECTION_DEFAULTS));

const BORDER_DEFAULTS = { style: 'None', color: '#000000', weight: 'Thin', tintAndShade: 0 };
const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class RangeBorder extends FormatPart {
  protected readonly _prefix: string;
  protected readonly _defaults = BORDER_DEFAULTS;
  constructor(context: HostContext, path: string, resolve: () => RangeTarget, readonly _side: string) {
    super(context, path, resolve);
    this._prefix = `borders.${_side}.`;
  }
  protected _scalarNames(): readonly string[] {
    return [...Object.keys(BORDER_DEFAULTS), 'sideIndex'];
  }
  protected _snapshot(t: RangeTarget, name: string): unknown {
    return name === 'sideIndex' ? this._side : super._snapshot(t, name);
  }
}
scalarProps(RangeBorder, [...Object.keys(BORDER_DEFAULTS), 'sideIndex'], ['sideIndex']);

export class RangeBorderCollection extends HostCollection<RangeBorder, string> {
  constructor(context: HostContext, path: string, private readonly _range: () => RangeTarget) {
    super(context, path, () => BORDER_INDEXES);
  }
  protected _makeItem(side: string): RangeBorder {
    return this.getItem(side);
  }
  protected _pinItems(): boolean {
    return false;
  }
  getItem(index: string): RangeBorder {
    const side = BORDER_INDEXES.find((b) => b.toLowerCase() === String(index).toLowerCase());
    if (!side) throw hostError('InvalidArgument', `'${index}' is not a border index.`);
    return this._child(side, () => new RangeBorder(this.context, `${this._path}.getItem("${side}")`, this._range, side));
  }
  getItemAt(i: number): RangeBorder {
    return this.getItem(BORDER_INDEXES[i]);
  }
  get count(): number {
    return BORDER_INDEXES.length;
  }
}

const FORMAT_DEFAULTS: Record<string, unknown> = {
  horizontalAlignment: 'General', verticalAlignment: 'Bottom', wrapText: false, indentLevel: 0,
  textOrientation: 0, shrinkToFit: false, autoIndent: false, readingOrder: 'Context',
};
const SIZE_PROPS = ['columnWidth', 'rowHeight', 'useStandardWidth', 'useStandardHeight'];

export class RangeFormat extends HostObject<RangeTarget> {
  constructor(context: HostContext, path: string, private readonly _range: () => RangeTarget) {
    super(context, path, _range);
  }

  protected _scalarNames(): readonly string[] {
    return [...Object.keys(FORMAT_DEFAULTS), ...SIZE_PROPS];
  }

  protected _navNames(): readonly string[] {
    return ['fill', 'font', 'borders', 'protection'];
  }

  protected _snapshot(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    if (name === 'columnWidth' || name === 'useStandardWidth') {
      const widths = new Set<number>();
      for (let c = rect.left; c <= Math.min(rect.right, rect.left + 1000); c++) widths.add(sheet.columnWidths.get(c) ?? STANDARD_WIDTH);
      if (name === 'useStandardWidth') return widths.size === 1 && widths.has(STANDARD_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    if (name === 'rowHeight' || name === 'useStandardHeight') {
      const heights = new Set<number>();
      for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 1000); r++) heights.add(sheet.rowHeights.get(r) ?? STANDARD_HEIGHT);
      if (name === 'useStandardHeight') return heights.size === 1 && heights.has(STANDARD_HEIGHT);
      return heights.size === 1 ? [...heights][0] : null;
    }
    return readFormat(sheet, rect, name, FORMAT_DEFAULTS[name]);
  }

  _apply(t: RangeTarget, name: string, value: unknown): void {
    const { sheet, rect } = t;
    if (name === 'columnWidth') {
      if (typeof value !== 'number' || value < 0) throw hostError('InvalidArgument', 'columnWidth must be a number of points.');
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, value);
    } else if (name === 'rowHeight') {
      if (typeof value !== 'number' || value < 0) throw hostError('InvalidArgument', 'rowHeight must be a number of points.');
      for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 100_000); r++) sheet.rowHeights.set(r, value);
    } else if (name === 'useStandardWidth') {
      if (value) for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.delete(c);
    } else if (name === 'useStandardHeight') {
      if (value) for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 100_000); r++) sheet.rowHeights.delete(r);
    } else {
      writeFormat(sheet, rect, name, value);
    }
  }

  get fill(): RangeFill {
    return this._child('fill', () => new RangeFill(this.context, `${this._path}.fill`, this._range));
  }
  get font(): RangeFont {
    return this._child('font', () => new RangeFont(this.context, `${this._path}.font`, this._range));
  }
  get borders(): RangeBorderCollection {
    return this._child('borders', () => new RangeBorderCollection(this.context, `${this._path}.borders`, this._range));
  }
  get protection(): FormatProtection {
    return this._child('protection', () => new FormatProtection(this.context, `${this._path}.protection`, this._range));
  }

  /** Widths from the longest shown text, about 7 px a character (Calibri 11). */
  autofitColumns(): void {
    this._call('autofitColumns', [], ({ sheet, rect }) => {
      const bottom = Math.min(rect.bottom, rect.top + 100_000);
      for (let c = rect.left; c <= Math.min(rect.right, rect.left + 1000); c++) {
        let longest = 0;
        for (let r = rect.top; r <= bottom; r++) {
          const cell = sheet.cell(r, c);
          if (cell) longest = Math.max(longest, displayText(cell.value, cell.numberFormat).length);
        }
        sheet.columnWidths.set(c, longest === 0 ? STANDARD_WIDTH : Math.round((longest * 7 + 10) * 0.75 * 100) / 100);
      }
    });
  }

  autofitRows(): void {
    this._call('autofitRows', [], ({ sheet, rect }) => {
      for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 100_000); r++) sheet.rowHeights.delete(r);
    });
  }
}
scalarProps(RangeFormat, [...Object.keys(FORMAT_DEFAULTS), ...SIZE_PROPS]);
