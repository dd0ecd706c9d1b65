/**
 * Objects that are only a set of settings (page layout, headers and footers, document properties):
 * each property is kept in a plain record under `prefix + name`, with Excel's default until set.
 */
import { HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';

export abstract class BagObject extends HostObject<Record<string, unknown>> {
  protected abstract readonly _prefix: string;
  protected abstract readonly _defaults: Record<string, unknown>;

  constructor(context: HostContext, path: string, resolve: () => Record<string, unknown>) {
    super(context, path, resolve);
  }

  protected _scalarNames(): readonly string[] {
    return Object.keys(this._defaults);
  }

  protected _snapshot(bag: Record<string, unknown>, name: string): unknown {
    const key = this._prefix + name;
    return key in bag ? bag[key] : this._defaults[name];
  }

  _apply(bag: Record<string, unknown>, name: string, value: unknown): void {
    bag[this._prefix + name] = value;
  }
}

/** Declares a bag class's properties with their defaults. */
export function bagProps(cls: { prototype: object }, defaults: Record<string, unknown>, readOnly: readonly string[] = []): void {
  scalarProps(cls, Object.keys(defaults), readOnly);
}
