import type { TableName } from './types';

/** The input tables (contract §1), in the order a user reads the workbook: Tasks first. */
export const TABLE_NAMES: readonly TableName[] = ['Tasks', 'Resources', 'Holidays', 'Actuals', 'Settings'];
