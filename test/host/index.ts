/**
 * In-memory Excel host for Jest and the browser end-to-end run. No Node imports: a bundler can
 * ship it to a page. See README.md beside this file.
 */
export { createWorkbookHost, WorkbookHost, LIGHT_THEME, DARK_THEME, DEFAULT_REQUIREMENTS } from './host';
export type { HostOptions, InitialSheet, InitialTable, SyncRecord, FailurePlan, OfficeThemeColors } from './host';
export { installHost, uninstallHost } from './install';
export { HostContext } from './context';
export { HostError, ErrorCodes } from './errors';
export type { Scalar } from './cells';
export type { Evaluator } from './model';
