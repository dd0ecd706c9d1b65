/** Reading the in-memory workbook from the run (through the page's host). */
import type { Page } from 'playwright-core';
import { inWorkbook } from './pane';

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
}

export function table(page: Page, name: string): Promise<TableInfo | null> {
  return inWorkbook(page, `return host.table(${JSON.stringify(name)}) ?? null;`);
}

export function tableValues(page: Page, name: string): Promise<unknown[][]> {
  return inWorkbook(page, `const t = host.table(${JSON.stringify(name)}); return t ? host.values(t.sheet, t.address) : [];`);
}

export function sheetNames(page: Page): Promise<string[]> {
  return inWorkbook(page, 'return host.sheetNames();');
}

/** The whole workbook as comparable text: equal before and after means nothing changed. */
export function snapshot(page: Page): Promise<string> {
  return inWorkbook(page, 'return JSON.stringify(host.snapshot());');
}

/** Every formula on a sheet that mentions `text`. */
export function formulasWith(page: Page, sheet: string, text: string): Promise<string[]> {
  return inWorkbook(
    page,
    `return host.formulas(${JSON.stringify(sheet)}).flat().filter((f) => typeof f === 'string' && f.includes(${JSON.stringify(text)}));`,
  );
}

/**
 * Makes the `n`-th write (a property set or method call) from now fail, as Excel would refuse
 * it, so the run can check that the add-in leaves nothing half-written.
 */
export function failNthWrite(page: Page, n: number): Promise<void> {
  return inWorkbook(
    page,
    `let count = 0; host.failOn((w) => ((w.kind === 'set' || w.kind === 'call') && ++count === ${n} ? 'GeneralException' : undefined));`,
  );
}

export function clearFailure(page: Page): Promise<void> {
  return inWorkbook(page, 'host.clearFailure();');
}
