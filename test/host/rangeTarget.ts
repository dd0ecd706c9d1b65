/** What a Range proxy is bound to: a rectangle of one sheet. */
import type { Rect } from './address';
import type { SheetModel } from './model';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}
