/**
 * The in-memory workbook host: builds a workbook, runs batches for request contexts, counts and
 * logs every sync, can be told to fail, and lets tests look inside.
 */
import { parseRect, qualified, rectName, splitSheet } from './address';
import { type Scalar, GENERAL, serialOfDate } from './cells';
import { HostContext, type QueuedAction } from './context';
import { HostError, hostError } from './errors';
import { type Change, ChangeCollector, EventHub, type RaisedEvent } from './events';
import { formatsOfCell, readFormat } from './formatStore';
import { type Evaluator, type SheetModel, WorkbookModel } from './model';
import { createTable } from './table';

export interface InitialTable {
  name: string;
  /** e.g. `A1:F20`, header row included. */
  range: string;
  style?: string;
}

export interface InitialSheet {
  name: string;
  /** Rows of cells from `origin` (default A1). Kept as given: strings stay text; `=…` is a formula; Dates become date serials. */
  cells?: unknown[][];
  origin?: string;
  tables?: InitialTable[];
  numberFormats?: (string | null)[][];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

export interface HostOptions {
  sheets?: InitialSheet[];
  /** Name of the active sheet (default: the first). */
  activeSheet?: string;
  /** Saved add-in settings (Office.context.document.settings / workbook.settings). */
  settings?: Record<string, unknown>;
  /** Computes a formula's value when it is written; an array spills. Default: formulas keep 0. */
  evaluate?: Evaluator;
  /** Request and response limit of one sync (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Delay of each sync, to make timings in a browser run look like a round trip. */
  syncLatencyMs?: number;
  theme?: 'light' | 'dark' | OfficeThemeColors;
  /**
   * Requirement sets the host answers yes to (`Office.context.requirements.isSetSupported`), as
   * the highest version of each; `null` drops a set. Merged over DEFAULT_REQUIREMENTS, so
   * `{ ExcelApi: '1.9' }` plays an older Excel.
   */
  requirements?: Record<string, string | null>;
}

/** What the host supports unless told otherwise: a current Excel on the web, roughly. */
export const DEFAULT_REQUIREMENTS: Readonly<Record<string, string>> = {
  ExcelApi: '1.17', CustomFunctionsRuntime: '1.3', SharedRuntime: '1.1', DialogApi: '1.2', RibbonApi: '1.1',
};

/** `1.9` < `1.14`: versions compare part by part, as numbers. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export interface SyncRecord {
  /** 1-based, counted since the last reset. */
  index: number;
  actions: { kind: QueuedAction['kind']; path: string; name: string; bytes: number }[];
  requestBytes: number;
  responseBytes: number;
  /** The error code when the batch failed; actions before `failedAt` were applied, as in Excel. */
  error?: string;
  failedAt?: number;
}

/**
 * Decides whether the action about to run should fail: return an error code, or nothing. With
 * `{ code, after: true }` the action is applied first and the sync fails then (a reply lost on
 * the way back): the add-in must undo work it cannot see confirmed.
 */
export type FailurePlan = (where: { sync: number; action: number; kind: string; path: string; name: string }) =>
  | string
  | { code: string; after: boolean }
  | undefined
  | null
  | false;

export const LIGHT_THEME: OfficeThemeColors = {
  bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#242424', controlBackgroundColor: '#F5F5F5', controlForegroundColor: '#242424', isDarkTheme: false,
};
export const DARK_THEME: OfficeThemeColors = {
  bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#3D3D3D', controlForegroundColor: '#FFFFFF', isDarkTheme: true,
};

export class WorkbookHost {
  readonly model = new WorkbookModel();
  readonly syncs: SyncRecord[] = [];
  readonly options: HostOptions;
  /** onChanged handlers and the events raised to them. */
  readonly _events = new EventHub();
  theme: OfficeThemeColors;
  /** Requirement set → highest supported version; see `supports` and `setSupported`. */
  readonly requirements = new Map<string, string>();
  private failure: FailurePlan | undefined;
  private counted = 0;

  constructor(options: HostOptions = {}) {
    this.options = options;
    this.theme = options.theme === 'dark' ? DARK_THEME : options.theme && options.theme !== 'light' ? options.theme : LIGHT_THEME;
    this.model.evaluator = options.evaluate;
    for (const [name, version] of Object.entries({ ...DEFAULT_REQUIREMENTS, ...options.requirements })) this.setSupported(name, version);
    // Event args carry triggerSource only from ExcelApi 1.14, as in Excel.
    this._events.reportsTriggerSource = () => this.supports('ExcelApi', '1.14');
    for (const [k, v] of Object.entries(options.settings ?? {})) this.model.settings.set(k, v);
    const sheets = options.sheets?.length ? options.sheets : [{ name: 'Sheet1' }];
    for (const s of sheets) this.addInitialSheet(s);
    const active = options.activeSheet ? this.model.sheetByName(options.activeSheet) : undefined;
    this.model.activeSheetId = (active ?? this.model.activeSheet()).id;
  }

  private addInitialSheet(s: InitialSheet): void {
    const sheet = this.model.addSheet(s.name);
    if (s.visibility) sheet.visibility = s.visibility;
    const origin = parseRect(s.origin ?? 'A1');
    (s.cells ?? []).forEach((line, i) => line.forEach((v, j) => setRaw(sheet, origin.top + i, origin.left + j, v)));
    (s.numberFormats ?? []).forEach((line, i) => line.forEach((f, j) => {
      if (f) sheet.setNumberFormat(origin.top + i, origin.left + j, f);
    }));
    for (const t of s.tables ?? []) {
      const table = createTable(this.model, sheet, parseRect(t.range), true, t.name);
      if (t.style) table.style = t.style;
    }
  }

  // ---- requirement sets ------------------------------------------------------------------

  /** `Office.context.requirements.isSetSupported(name, version)`; no version means any. */
  supports(name: string, version?: string): boolean {
    const max = this.requirements.get(name);
    return max !== undefined && (version === undefined || versionAtMost(String(version), max));
  }

  /** Plays a host with `name` up to `version` (null: without that set at all). */
  setSupported(name: string, version: string | null): void {
    if (version === null) this.requirements.delete(name);
    else this.requirements.set(name, version);
  }

  // ---- contexts and batches -------------------------------------------------------------

  /** A fresh request context, as `new Excel.RequestContext()` gives. */
  context(): HostContext {
    return new HostContext(this);
  }

  /** The same context, typed as the add-in sees it. */
  requestContext(): Excel.RequestContext {
    return this.context() as unknown as Excel.RequestContext;
  }

  /** Excel.run: runs the batch, syncs what it left queued, then retires the context. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T> | T): Promise<T> {
    const context = this.context();
    try {
      return await batchOn(context, batch);
    } finally {
      context._closed = true;
    }
  }

  /** Excel.run(object, batch): the batch runs on the context of an earlier object (or that context). */
  async runWith<T>(on: HostContext | { context: HostContext }, batch: (context: Excel.RequestContext) => Promise<T> | T): Promise<T> {
    const context = on instanceof HostContext ? on : on.context;
    if (!(context instanceof HostContext)) throw hostError('InvalidArgument', 'Excel.run needs a request context or an object of one.');
    const closed = context._closed;
    context._closed = false;
    try {
      return await batchOn(context, batch);
    } finally {
      context._closed = closed;
    }
  }

  get syncCount(): number {
    return this.counted;
  }

  get lastSync(): SyncRecord | undefined {
    return this.syncs[this.syncs.length - 1];
  }

  /** Forgets the sync log (e.g. after setting a workbook up through the API). */
  resetCounters(): void {
    this.counted = 0;
    this.syncs.length = 0;
  }

  /** Makes actions fail: a plan, or `{ sync, action?, code?, after? }` (action defaults to the first). */
  failOn(plan: FailurePlan | { sync: number; action?: number; code?: string; after?: boolean }): void {
    if (typeof plan === 'function') {
      this.failure = plan;
      return;
    }
    const { sync, action = 0, code = 'GeneralException', after = false } = plan;
    this.failure = (w) => (w.sync === sync && w.action === action ? { code, after } : undefined);
  }

  clearFailure(): void {
    this.failure = undefined;
  }

  async _runBatch(actions: QueuedAction[]): Promise<void> {
    const latency = this.options.syncLatencyMs ?? 0;
    await new Promise<void>((resolve) => (latency > 0 ? setTimeout(resolve, latency) : queueMicrotask(resolve)));
    this.counted += 1;
    const record: SyncRecord = {
      index: this.counted,
      actions: actions.map(({ kind, path, name, bytes }) => ({ kind, path, name, bytes })),
      requestBytes: actions.reduce((n, a) => n + a.bytes, 0),
      responseBytes: 0,
    };
    this.syncs.push(record);
    const limit = this.options.payloadLimitBytes ?? 5 * 1024 * 1024;
    if (record.requestBytes > limit) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      record.failedAt = 0;
      throw hostError('RequestPayloadSizeLimitExceeded', `The request payload (${record.requestBytes} bytes) exceeds the limit of ${limit} bytes.`);
    }
    const changes: Change[] = [];
    const collector = new ChangeCollector();
    try {
      for (let i = 0; i < actions.length; i++) {
        const a = actions[i];
        this.model.changeListener = collector.listener;
        try {
          const planned = this.failure?.({ sync: record.index, action: i, kind: a.kind, path: a.path, name: a.name });
          const injected = typeof planned === 'string' ? { code: planned, after: false } : planned || undefined;
          const fail = () => hostError(injected!.code, `Injected failure at sync ${record.index}, action ${i} (${a.path}.${a.name}).`, a.path);
          if (injected && !injected.after) throw fail();
          record.responseBytes += a.run() ?? 0;
          if (injected) throw fail();
        } catch (e) {
          record.error = e instanceof HostError ? e.code : 'HostBug';
          record.failedAt = i;
          if (e instanceof HostError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = `${a.path}.${a.name}`;
          throw e;
        } finally {
          this.model.changeListener = undefined;
          changes.push(...collector.finish('ThisLocalAddin'));
        }
      }
    } finally {
      // What was applied raises its events, even when a later action failed.
      if (changes.length) void this._events.raise(changes);
    }
    if (record.responseBytes > limit) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw hostError('ResponsePayloadSizeLimitExceeded', `The response payload (${record.responseBytes} bytes) exceeds the limit of ${limit} bytes.`);
    }
  }

  // ---- a user at the keyboard ------------------------------------------------------------

  /**
   * Types into cells as a user would (the same typing rules as API writes; '' clears a cell, null
   * leaves it) and raises the onChanged events that edit causes, with `triggerSource: 'Unknown'`.
   * A scalar fills the whole address; an array must match its size. Resolves once the handlers
   * have run. Counts no sync: a user's edit is no round trip of the add-in.
   */
  async userEdit(sheet: string, address: string, values: Scalar | null | (Scalar | null)[][]): Promise<void> {
    const s = this.sheet(sheet);
    const rect = parseRect(splitSheet(address).ref);
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    if (Array.isArray(values) && (values.length !== rows || values.some((line) => !Array.isArray(line) || line.length !== columns))) {
      throw new Error(`userEdit: ${address} takes ${rows} × ${columns} values.`);
    }
    const collector = new ChangeCollector();
    this.model.changeListener = collector.listener;
    try {
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < columns; j++) {
          const v = Array.isArray(values) ? values[i][j] : values;
          if (v !== null && v !== undefined) s.write(rect.top + i, rect.left + j, v);
        }
      }
    } finally {
      this.model.changeListener = undefined;
    }
    await this._events.raise(collector.finish('Unknown'));
  }

  // ---- inspection for tests -------------------------------------------------------------

  /** Every onChanged event raised so far, in order. */
  get raisedEvents(): readonly RaisedEvent[] {
    return this._events.raised;
  }

  /** Live onChanged handlers (added at a sync, not yet removed). */
  get eventHandlerCount(): number {
    return this._events.handlerCount;
  }

  /** Resolves once every event raised so far has reached its handlers. */
  eventsSettled(): Promise<void> {
    return this._events.settled();
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s) throw new Error(`No sheet named '${name}'. Sheets: ${this.sheetNames().join(', ')}`);
    return s;
  }

  sheetNames(): string[] {
    return this.model.liveSheets().map((s) => s.name);
  }

  private area(sheet: string, address?: string): { s: SheetModel; rect: ReturnType<typeof parseRect> } {
    const s = this.sheet(sheet);
    if (address) return { s, rect: parseRect(splitSheet(address).ref) };
    const used = s.usedRect(false);
    return { s, rect: { top: 0, left: 0, bottom: used?.bottom ?? -1, right: used?.right ?? -1 } };
  }

  private grid<V>(sheet: string, address: string | undefined, f: (s: SheetModel, r: number, c: number) => V): V[][] {
    const { s, rect } = this.area(sheet, address);
    const out: V[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: V[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(f(s, r, c));
      out.push(line);
    }
    return out;
  }

  /** Cell values from A1 to the last used cell (or of an address); '' for empty cells. */
  values(sheet: string, address?: string): Scalar[][] {
    return this.grid(sheet, address, (s, r, c) => s.value(r, c));
  }

  /** Formulas where there are any, else values. */
  formulas(sheet: string, address?: string): Scalar[][] {
    return this.grid(sheet, address, (s, r, c) => s.cell(r, c)?.formula ?? s.value(r, c));
  }

  numberFormats(sheet: string, address?: string): string[][] {
    return this.grid(sheet, address, (s, r, c) => s.cell(r, c)?.numberFormat ?? GENERAL);
  }

  cell(sheet: string, address: string): { value: Scalar; formula: string | null; numberFormat: string; format: Record<string, unknown> } {
    const s = this.sheet(sheet);
    const { top, left } = parseRect(address);
    const c = s.cell(top, left);
    return { value: c?.value ?? '', formula: c?.formula ?? null, numberFormat: c?.numberFormat ?? GENERAL, format: formatsOfCell(s, top, left) };
  }

  /** One format property (`fill.color`, `font.bold` …) of a range: its common value, or null. */
  format(sheet: string, address: string, key: string): unknown {
    const s = this.sheet(sheet);
    return readFormat(s, parseRect(address), key, undefined);
  }

  tables(): { name: string; sheet: string; address: string; headers: string[]; style: string }[] {
    return this.model.tables
      .filter((t) => !t.deleted)
      .map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: rectName(t.rect),
        headers: t.columnIds.map((_, j) => this.model.headerText(t, j)),
        style: t.style,
      }));
  }

  table(name: string): ReturnType<WorkbookHost['tables']>[number] | undefined {
    return this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  names(): { name: string; scope: string; formula: string }[] {
    return this.model.names
      .filter((n) => !n.deleted)
      .map((n) => ({ name: n.name, scope: n.sheetId === null ? 'Workbook' : this.model.sheets.find((s) => s.id === n.sheetId)!.name, formula: n.formula }));
  }

  activeSheet(): string {
    return this.model.activeSheet().name;
  }

  selection(): { sheet: string; address: string } {
    const s = this.model.activeSheet();
    return { sheet: s.name, address: rectName(s.selection) };
  }

  /** Saved settings. */
  settings(): Record<string, unknown> {
    return Object.fromEntries(this.model.settings);
  }

  /** Everything a user could see, as plain data: compare two snapshots to prove nothing changed. */
  snapshot(): unknown {
    const sheets = this.model.liveSheets().map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]).map(([k, c]) => [qualified(s.name, { top: Math.floor(k / 16_384), left: k % 16_384, bottom: Math.floor(k / 16_384), right: k % 16_384 }), c.value, c.formula, c.numberFormat]),
      formats: s.formats.map((f) => [rectName(f.rect), f.key, f.value]),
      columnWidths: [...s.columnWidths.entries()],
      rowHeights: [...s.rowHeights.entries()],
      validations: s.validations.map((v) => [rectName(v.rect), v.rule]),
      conditionalFormats: s.conditionalFormats.map((c) => [rectName(c.rect), c.type, c.props]),
      charts: s.charts.filter((c) => !c.deleted).map((c) => [c.name, c.type, c.source]),
      freeze: s.freeze,
      pageLayout: { ...s.pageLayout },
      tabColor: s.tabColor,
      showGridlines: s.showGridlines,
    }));
    return { sheets, tables: this.tables(), names: this.names(), settings: this.settings() };
  }
}

/** A setup cell as given: no typing rules, so tests control exactly what the user "typed". */
function setRaw(sheet: SheetModel, row: number, column: number, value: unknown): void {
  if (value === null || value === undefined || value === '') return;
  if (value instanceof Date) {
    sheet.cells.set(row * 16_384 + column, { value: serialOfDate(value), formula: null, numberFormat: 'yyyy-mm-dd' });
  } else if (typeof value === 'string' && value.startsWith('=') && value.length > 1) {
    sheet.write(row, column, value);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    sheet.cells.set(row * 16_384 + column, { value, formula: null, numberFormat: GENERAL });
  } else {
    throw new Error(`A setup cell must be text, a number, a boolean, a Date or a formula, not ${JSON.stringify(value)}.`);
  }
}

export function createWorkbookHost(initial?: HostOptions): WorkbookHost {
  return new WorkbookHost(initial);
}

/** Runs a batch and syncs whatever it left queued, as Excel.run does before it returns. */
async function batchOn<T>(context: HostContext, batch: (context: Excel.RequestContext) => Promise<T> | T): Promise<T> {
  const result = await batch(context as unknown as Excel.RequestContext);
  if (context._queue.length > 0) await context.sync();
  return result;
}
