/**
 * `onChanged` of tables and worksheets, as Excel raises it: after a sync (or a user's edit) that
 * changed cell contents, once per handler and change, a moment later (never inside the sync).
 * Formats and recalculated values raise nothing. `source` is always `'Local'`. A worksheet's event
 * says who changed it (`triggerSource`: `'ThisLocalAddin'` for the add-in's own writes, `'Unknown'`
 * for a user's edit); a table's does not, as in Office.js (ExcelApi 1.14 has it on worksheets only),
 * though `host.raisedEvents` records it for both.
 */
import { type Rect, boundingRect, intersection, rectName } from './address';
import { ACTION_BYTES, HostObject } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { ChangeListener, ChangeType, SheetModel, TableRecord } from './model';

export type TriggerSource = 'ThisLocalAddin' | 'Unknown';

/** One action's (or edit's) effect on one sheet, and the tables it touched. */
export interface Change {
  sheet: SheetModel;
  rect: Rect;
  type: ChangeType;
  tables: { table: TableRecord; rect: Rect }[];
  trigger: TriggerSource;
}

/** What a test can see of a raised event. */
export interface RaisedEvent {
  type: 'TableChanged' | 'WorksheetChanged';
  changeType: ChangeType;
  source: 'Local';
  triggerSource: TriggerSource;
  address: string;
  worksheet: string;
  table?: string;
}

/** Gathers one action's changes: per sheet, the area touched and the strongest kind of change. */
export class ChangeCollector {
  private readonly bySheet = new Map<SheetModel, { rect: Rect; type: ChangeType; owners: Set<TableRecord> }>();

  readonly listener: ChangeListener = (sheet, rect, type, table) => {
    const seen = this.bySheet.get(sheet);
    if (!seen) {
      this.bySheet.set(sheet, { rect, type, owners: new Set(table ? [table] : []) });
      return;
    }
    seen.rect = boundingRect(seen.rect, rect);
    // Rows or columns inserted with their values are one insertion, not an edit.
    if (type !== 'RangeEdited') seen.type = type;
    if (table) seen.owners.add(table);
  };

  /** The changes, with each table's changed part as the tables stand now. */
  finish(trigger: TriggerSource): Change[] {
    const out: Change[] = [];
    for (const [sheet, { rect, type, owners }] of this.bySheet) {
      if (sheet.deleted) continue;
      const tables: Change['tables'] = [];
      for (const table of sheet.tables()) {
        const part = intersection(rect, table.rect);
        // A table that lost its last rows no longer covers them; the change is still its own.
        if (part || owners.has(table)) tables.push({ table, rect: part ?? rect });
      }
      out.push({ sheet, rect, type, tables, trigger });
    }
    this.bySheet.clear();
    return out;
  }
}

type Handler = (args: unknown) => unknown;

interface Registration {
  kind: 'table' | 'worksheet';
  target: TableRecord | SheetModel;
  handler: Handler;
  removed: boolean;
}

/** The host's live handlers, and the events it has raised. */
export class EventHub {
  private readonly registrations: Registration[] = [];
  readonly raised: RaisedEvent[] = [];
  private pending: Promise<unknown> = Promise.resolve();
  /** Whether worksheet event args say who wrote (ExcelApi 1.14); the host sets this. */
  reportsTriggerSource: () => boolean = () => true;

  register(kind: Registration['kind'], target: Registration['target'], handler: Handler): Registration {
    const r: Registration = { kind, target, handler, removed: false };
    this.registrations.push(r);
    return r;
  }

  unregister(r: Registration | undefined): void {
    if (!r || r.removed) return;
    r.removed = true;
    this.registrations.splice(this.registrations.indexOf(r), 1);
  }

  get handlerCount(): number {
    return this.registrations.length;
  }

  /** Calls the handlers the changes concern, after the current task; resolves when they have run. */
  raise(changes: Change[]): Promise<void> {
    const calls: [Registration, RaisedEvent, unknown][] = [];
    for (const change of changes) {
      for (const r of this.registrations) {
        const event = eventFor(r, change);
        if (event) calls.push([r, event, argsOf(event, r, change, this.reportsTriggerSource())]);
      }
    }
    if (calls.length === 0) return Promise.resolve();
    const done = new Promise<void>((resolve) => {
      setTimeout(() => {
        const running = calls.map(([r, event, args]) => {
          if (r.removed) return undefined;
          this.raised.push(event);
          // A failing handler is the add-in's problem; Excel logs it and carries on.
          return Promise.resolve().then(() => r.handler(args)).catch(() => undefined);
        });
        void Promise.all(running).then(() => resolve());
      }, 0);
    });
    this.pending = Promise.all([this.pending, done]);
    return done;
  }

  /** Resolves once every event raised so far has been handled. */
  async settled(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.pending;
      await seen;
    } while (seen !== this.pending);
  }
}

function eventFor(r: Registration, change: Change): RaisedEvent | null {
  const base = { changeType: change.type, source: 'Local' as const, triggerSource: change.trigger, worksheet: change.sheet.name };
  if (r.kind === 'worksheet') {
    if (r.target !== change.sheet) return null;
    return { type: 'WorksheetChanged', ...base, address: rectName(change.rect) };
  }
  const hit = change.tables.find((t) => t.table === r.target);
  if (!hit || hit.table.deleted) return null;
  return { type: 'TableChanged', ...base, address: rectName(hit.rect), table: hit.table.name };
}

/** Excel.TableChangedEventArgs / WorksheetChangedEventArgs. */
function argsOf(event: RaisedEvent, r: Registration, change: Change, withTriggerSource: boolean): Record<string, unknown> {
  const sheetId = change.sheet.id;
  const range = (context: HostContext) => context.workbook.worksheets.getItem(sheetId).getRange(event.address);
  return {
    type: event.type,
    changeType: event.changeType,
    source: event.source,
    address: event.address,
    worksheetId: sheetId,
    ...(r.kind === 'table' ? { tableId: (r.target as TableRecord).id } : withTriggerSource ? { triggerSource: event.triggerSource } : {}),
    details: undefined,
    getRange: range,
    getRangeOrNullObject: range,
  };
}

/** The `onChanged` of a table or worksheet: `add(handler)` takes effect at the next sync. */
export class HostEventSource<T extends TableRecord | SheetModel> extends HostObject<T> {
  constructor(context: HostContext, path: string, resolve: () => T, private readonly _kind: Registration['kind']) {
    super(context, path, resolve);
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  add(handler: Handler): HostEventHandlerResult {
    if (typeof handler !== 'function') throw hostError('InvalidArgument', 'An event handler must be a function.');
    const result = new HostEventHandlerResult(this.context, `${this._path}.add()`);
    this._call('add', [], (target) => {
      result._registration = this.context._host._events.register(this._kind, target, handler);
    });
    return result;
  }
}

/** OfficeExtension.EventHandlerResult: `remove()` is queued on the context that added it. */
export class HostEventHandlerResult {
  _registration: Registration | undefined;

  constructor(readonly context: HostContext, private readonly _path: string) {}

  remove(): void {
    this.context._enqueue({
      kind: 'call',
      path: this._path,
      name: 'remove',
      bytes: ACTION_BYTES,
      run: () => this.context._host._events.unregister(this._registration),
    });
  }
}
