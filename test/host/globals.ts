/**
 * The `Excel`, `Office` and `OfficeExtension` globals the add-in calls, backed by one host.
 * Enum members not listed (Excel.ChartType.line …) are answered as Office.js spells them: the
 * member name with a capital first letter.
 */
import { HostContext } from './context';
import { ErrorCodes, HostError } from './errors';
import type { WorkbookHost } from './host';
import { HostClientResult } from './clientObject';

const SPECIAL_MEMBERS: Record<string, string> = { xyscatter: 'XYScatter', xyscatterLines: 'XYScatterLines', xyscatterSmooth: 'XYScatterSmooth' };

function enumProxy(name: string, explicit: Record<string, string> = {}): Record<string, string> {
  return new Proxy(explicit, {
    get(target, member) {
      if (typeof member !== 'string') return undefined;
      if (member in target) return target[member];
      if (member === 'toJSON') return undefined;
      void name;
      if (SPECIAL_MEMBERS[member]) return SPECIAL_MEMBERS[member];
      const bare = member.replace(/^_/, '');
      return bare.charAt(0).toUpperCase() + bare.slice(1);
    },
  });
}

/** Office's event-type enum uses camelCase values: DocumentSelectionChanged → documentSelectionChanged. */
function camelEnum(): Record<string, string> {
  return new Proxy({}, {
    get(_t, member) {
      if (typeof member !== 'string') return undefined;
      return member.charAt(0).toLowerCase() + member.slice(1);
    },
  });
}

export function makeExcelGlobal(host: WorkbookHost): Record<string, unknown> {
  const base: Record<string, unknown> = {
    run: (first: unknown, second?: unknown) => {
      const batch = (typeof first === 'function' ? first : second) as (ctx: Excel.RequestContext) => Promise<unknown>;
      if (typeof batch !== 'function') return Promise.reject(new HostError('InvalidArgument', 'Excel.run needs a batch function.'));
      // Excel.run(object or context, batch) reuses that object's context, as Office.js does.
      if (typeof first !== 'function' && first) return host.runWith(first as HostContext | { context: HostContext }, batch);
      return host.run(batch);
    },
    RequestContext: function RequestContext() {
      return new HostContext(host);
    },
    ErrorCodes,
    ClientResult: HostClientResult,
  };
  return new Proxy(base, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop in target) return target[prop];
      if (/^[A-Z]/.test(prop)) {
        target[prop] = enumProxy(prop);
        return target[prop];
      }
      return undefined;
    },
  });
}

export function makeOfficeExtensionGlobal(): Record<string, unknown> {
  return {
    Error: HostError,
    ErrorCodes,
    ClientResult: HostClientResult,
    config: { extendedErrorLogging: false },
  };
}

type Callback = (result: { status: string; value?: unknown; error?: unknown; asyncContext?: unknown }) => void;

/** Office.context.document.settings: a local copy, written to the workbook by saveAsync. */
export class DocumentSettings {
  private copy: Map<string, unknown>;
  constructor(private readonly host: WorkbookHost) {
    this.copy = new Map(host.model.settings);
  }
  get(name: string): unknown {
    return this.copy.has(name) ? this.copy.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.copy.set(name, JSON.parse(JSON.stringify(value ?? null)));
  }
  remove(name: string): void {
    this.copy.delete(name);
  }
  saveAsync(options?: unknown, callback?: Callback): void {
    const cb = (typeof options === 'function' ? options : callback) as Callback | undefined;
    const settings = this.host.model.settings;
    settings.clear();
    for (const [k, v] of this.copy) settings.set(k, v);
    queueMicrotask(() => cb?.({ status: 'succeeded' }));
  }
  refreshAsync(callback?: Callback): void {
    this.copy = new Map(this.host.model.settings);
    queueMicrotask(() => callback?.({ status: 'succeeded', value: this }));
  }
  addHandlerAsync(_type: unknown, _handler: unknown, options?: unknown, callback?: Callback): void {
    const cb = (typeof options === 'function' ? options : callback) as Callback | undefined;
    queueMicrotask(() => cb?.({ status: 'succeeded' }));
  }
  removeHandlerAsync(_type: unknown, options?: unknown, callback?: Callback): void {
    const cb = (typeof options === 'function' ? options : callback) as Callback | undefined;
    queueMicrotask(() => cb?.({ status: 'succeeded' }));
  }
}

export function makeOfficeGlobal(host: WorkbookHost): Record<string, unknown> {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const handlerResult = (options?: unknown, callback?: Callback) => {
    const cb = (typeof options === 'function' ? options : callback) as Callback | undefined;
    queueMicrotask(() => cb?.({ status: 'succeeded' }));
  };
  const office: Record<string, unknown> = {
    onReady(callback?: (i: typeof info) => void) {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    initialize: undefined,
    HostType: enumProxy('HostType', { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' }),
    PlatformType: enumProxy('PlatformType', { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' }),
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: camelEnum(),
    CoercionType: camelEnum(),
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      contentLanguage: 'en-US',
      displayLanguage: 'en-US',
      get officeTheme() {
        return { ...host.theme };
      },
      document: {
        url: 'https://localhost/Book1.xlsx',
        mode: 'readWrite',
        settings: new DocumentSettings(host),
        addHandlerAsync: (_t: unknown, _h: unknown, o?: unknown, c?: Callback) => handlerResult(o, c),
        removeHandlerAsync: (_t: unknown, o?: unknown, c?: Callback) => handlerResult(o, c),
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => host.supports(name, version),
      },
      diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.0.0' },
      ui: {
        displayDialogAsync: (_url: string, o?: unknown, c?: Callback) => {
          const cb = (typeof o === 'function' ? o : c) as Callback | undefined;
          queueMicrotask(() => cb?.({ status: 'failed', error: { code: 12007, message: 'Dialogs are not available in the test host.' } }));
        },
        messageParent: () => undefined,
      },
    },
    actions: { associate: () => undefined },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
  };
  return office;
}
