/**
 * Proxy objects with Office.js's load/sync rules: a scalar property can be read only after
 * `load()` and `context.sync()` (else PropertyNotLoaded), every write and method call is queued
 * and runs at the next sync, and an object is bound to the place it names when the batch first
 * touches it.
 */
import type { HostContext } from './context';
import { hostError, notLoaded } from './errors';

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown> | undefined;

/** Property paths (`format/fill/color`) named by any of Office.js's load notations. */
export function parseLoad(option: LoadOption): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string') return option.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((s) => parseLoad(s));
  const o = option as Record<string, unknown>;
  if ('select' in o || 'expand' in o) {
    return [...parseLoad(o.select as LoadOption), ...parseLoad(o.expand as LoadOption)];
  }
  const out: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key.startsWith('$')) continue;
    if (value === true) out.push(key);
    else if (value && typeof value === 'object') for (const inner of parseLoad(value as LoadOption)) out.push(`${key}/${inner}`);
  }
  return out;
}

export function byteSize(value: unknown): number {
  if (value === undefined) return 0;
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
}

/** Fixed cost of one action in the request: object path, action type, ids. */
export const ACTION_BYTES = 60;

export abstract class HostObject<T = unknown> {
  protected readonly _loaded = new Map<string, unknown>();
  private _target: T | null | undefined;
  private _nullState: boolean | undefined;
  private readonly _children = new Map<string, unknown>();

  constructor(
    readonly context: HostContext,
    readonly _path: string,
    private readonly _resolver: () => T | null,
    protected readonly _orNull = false,
  ) {
    if (_orNull) {
      context._enqueue({
        kind: 'resolve',
        path: _path,
        name: 'isNullObject',
        bytes: ACTION_BYTES,
        run: () => {
          this._nullState = this._tryResolve() === null;
          return 20;
        },
      });
    }
  }

  /** Scalar properties `load()` may name. */
  protected abstract _scalarNames(): readonly string[];

  /** Navigation properties (child objects) `load('child/prop')` may go through. */
  protected _navNames(): readonly string[] {
    return [];
  }

  /** The current value of a scalar property of the target. */
  protected _snapshot(target: T, name: string): unknown {
    return (target as Record<string, unknown>)[name];
  }

  /** Collections re-read their list at every use; single objects stay bound once resolved. */
  protected _live(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (!this._orNull) return false;
    if (this._nullState === undefined) throw notLoaded(this._path, 'isNullObject');
    return this._nullState;
  }

  _tryResolve(): T | null {
    if (this._live()) return this._resolver();
    if (this._target === undefined) this._target = this._resolver();
    const t = this._target;
    if (t !== null && typeof t === 'object' && isDeleted(t)) {
      throw hostError('ItemNotFound', `The object ${this._path} was deleted.`, this._path);
    }
    return t;
  }

  _resolve(): T {
    const t = this._tryResolve();
    if (t === null) throw hostError('ItemNotFound', `The requested resource ${this._path} doesn't exist (it is a null object).`, this._path);
    return t;
  }

  /** Binds an object created by a queued action (worksheets.add, tables.add …). */
  _pin(target: T): void {
    this._target = target;
    this._nullState = false;
  }

  protected _child<C>(name: string, make: () => C): C {
    let c = this._children.get(name) as C | undefined;
    if (c === undefined) {
      c = make();
      this._children.set(name, c);
    }
    return c;
  }

  load(option?: LoadOption): this {
    const names = parseLoad(option);
    this.context._enqueue({
      kind: 'load',
      path: this._path,
      name: names.join(',') || '*',
      bytes: ACTION_BYTES + names.join(',').length,
      run: () => this._loadNow(names),
    });
    return this;
  }

  /** Runs a load at sync time; returns the response bytes. */
  _loadNow(names: string[]): number {
    const own: string[] = [];
    let bytes = 0;
    for (const name of names.length ? names : this._scalarNames()) {
      const parts = name.split(/[/.]/);
      const head = parts[0];
      if (head === 'isNullObject' || head === 'toJSON') continue;
      if (this._navNames().includes(head)) {
        const nav = (this as unknown as Record<string, HostObject>)[head];
        bytes += nav._loadNow(parts.length > 1 ? [parts.slice(1).join('/')] : []);
      } else {
        own.push(head);
      }
    }
    if (own.length === 0) return bytes;
    const target = this._orNull ? this._tryResolve() : this._resolve();
    if (target === null) {
      this._nullState = true;
      for (const name of own) this._loaded.set(name, null);
      return bytes + 20;
    }
    const valid = this._scalarNames();
    for (const name of own) {
      if (!valid.includes(name)) throw hostError('InvalidArgument', `'${name}' is not a property of ${this._path} that can be loaded.`, this._path);
      const value = this._snapshot(target, name);
      this._loaded.set(name, value);
      bytes += name.length + 4 + byteSize(value);
    }
    return bytes;
  }

  _get<V>(name: string): V {
    if (!this._loaded.has(name)) throw notLoaded(this._path, name);
    return this._loaded.get(name) as V;
  }

  /** Queues a property write; the proxy shows the written value at once, as Office.js does. */
  _set(name: string, value: unknown, apply: (target: T) => void): void {
    if (value === null || value === undefined) throw hostError('InvalidArgument', `${this._path}.${name} cannot be set to ${String(value)}.`, this._path);
    this.context._enqueue({
      kind: 'set',
      path: this._path,
      name,
      bytes: ACTION_BYTES + name.length + byteSize(value),
      run: () => apply(this._resolve()),
    });
    this._loaded.set(name, value);
  }

  /** Applies a write made through a property defined by `scalarProps`. */
  _apply(target: T, name: string, _value: unknown): void {
    void target;
    throw hostError('NotImplemented', `Setting ${this._path}.${name} is not supported by the test host.`);
  }

  /** Queues a method call that returns nothing to the caller. */
  protected _call(name: string, args: unknown[], run: (target: T) => void): void {
    this._enqueueCall(name, args, () => {
      run(this._resolve());
    });
  }

  /** Queues a method call whose result is read after the sync. */
  protected _callResult<R>(name: string, args: unknown[], run: (target: T) => R): HostClientResult<R> {
    const result = new HostClientResult<R>(`${this._path}.${name}()`);
    this._enqueueCall(name, args, () => {
      const value = run(this._resolve());
      result._set(value);
      return byteSize(value) + 10;
    });
    return result;
  }

  /** One queued call, sized as Excel on the web would count its request. */
  private _enqueueCall(name: string, args: unknown[], run: () => number | void): void {
    this.context._enqueue({ kind: 'call', path: this._path, name, bytes: ACTION_BYTES + name.length + byteSize(args.map(plain)), run });
  }

  /** Assigns several properties at once, as `obj.set({...})` does. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const self = this as unknown as Record<string, unknown>;
      if (this._navNames().includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
        (self[key] as HostObject).set(value as Record<string, unknown>);
      } else {
        self[key] = value;
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const name of this._navNames()) {
      const child = this._children.get(name);
      if (child instanceof HostObject) {
        const json = child.toJSON();
        if (Object.keys(json).length) out[name] = json;
      }
    }
    return out;
  }

  /** Checks that an object handed to a method belongs to the same request context. */
  protected _sameContext(other: unknown): void {
    if (other instanceof HostObject && other.context !== this.context) {
      throw hostError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    }
  }
}

/** Objects from another context or a finished Excel.run cannot be used; neither can deleted ones. */
function isDeleted(target: object): boolean {
  const t = target as { deleted?: unknown; sheet?: { deleted?: unknown } };
  return t.deleted === true || t.sheet?.deleted === true;
}

/** Values passed as method arguments, as they would travel on the wire. */
function plain(arg: unknown): unknown {
  if (arg instanceof HostObject) return { _ObjectPath: arg._path };
  return arg;
}

export class HostClientResult<R> {
  private _value: R | undefined;
  private _ready = false;
  constructor(private readonly _path: string) {}

  get value(): R {
    if (!this._ready) throw notLoaded(this._path, 'value');
    return this._value as R;
  }

  _set(value: R): void {
    this._value = value;
    this._ready = true;
  }
}

/** A collection: `items` is readable after `load()`; each item is bound to one model object. */
export abstract class HostCollection<TItem extends HostObject, TModel> extends HostObject<TModel[]> {
  private _items: TItem[] | undefined;

  protected abstract _makeItem(model: TModel, index: number): TItem;

  /** Items are normally bound to their model object; a collection of views can opt out. */
  protected _pinItems(): boolean {
    return true;
  }

  protected _scalarNames(): readonly string[] {
    return ['items'];
  }

  protected _live(): boolean {
    return true;
  }

  get items(): TItem[] {
    if (this._items === undefined) throw notLoaded(this._path, 'items');
    return this._items;
  }

  _loadNow(names: string[]): number {
    const list = this._resolve();
    const itemNames = names
      .map((n) => n.replace(/^items[/.]?/, ''))
      .filter((n) => n !== '' && n !== '$all');
    this._items = list.map((m, i) => {
      const item = this._makeItem(m, i);
      if (this._pinItems()) item._pin(m);
      return item;
    });
    let bytes = 2;
    for (const item of this._items) bytes += item._loadNow(itemNames) + 2;
    return bytes;
  }

  getCount(): HostClientResult<number> {
    return this._callResult('getCount', [], (list) => list.length);
  }

  toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

/**
 * Defines plain scalar properties on a proxy class: reading needs a load, writing is queued and
 * applied at sync by the class's `_apply(target, name, value)`.
 */
export function scalarProps(cls: { prototype: object }, names: readonly string[], readOnly: readonly string[] = []): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: HostObject) {
        return this._get(name);
      },
      set(this: HostObject, value: unknown) {
        if (readOnly.includes(name)) throw hostError('InvalidArgument', `${name} is read-only.`);
        this._set(name, value, (t) => this._apply(t, name, value));
      },
    });
  }
}
