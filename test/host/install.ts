/**
 * Puts a host's `Excel`, `Office` and `OfficeExtension` on a global object: `window` in the
 * browser run, `globalThis` in Jest.
 */
import { makeExcelGlobal, makeOfficeExtensionGlobal, makeOfficeGlobal } from './globals';
import { type HostOptions, type WorkbookHost, createWorkbookHost } from './host';

const GLOBALS = ['Excel', 'Office', 'OfficeExtension'] as const;

export function installHost(globalObject: object = globalThis, hostOrOptions?: WorkbookHost | HostOptions): WorkbookHost {
  const host = hostOrOptions && 'model' in hostOrOptions ? (hostOrOptions as WorkbookHost) : createWorkbookHost(hostOrOptions as HostOptions | undefined);
  const values: Record<(typeof GLOBALS)[number], unknown> = {
    Excel: makeExcelGlobal(host),
    Office: makeOfficeGlobal(host),
    OfficeExtension: makeOfficeExtensionGlobal(),
  };
  for (const name of GLOBALS) {
    Object.defineProperty(globalObject, name, { value: values[name], configurable: true, writable: true, enumerable: false });
  }
  return host;
}

export function uninstallHost(globalObject: object = globalThis): void {
  for (const name of GLOBALS) delete (globalObject as Record<string, unknown>)[name];
}
