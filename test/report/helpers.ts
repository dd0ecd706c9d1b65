/** Small readers over a report description, for the report tests. */
import type { Cell, ReportDescription, SheetDescription } from '../../src/report/description';
import { buildReport } from '../../src/report/buildReport';
import { fixtureInput, fixtureModel, fixtureResults, MADE_AT, type Variant } from './fixture';

export function fixtureReport(variant: Variant = {}): ReportDescription {
  const model = fixtureModel(variant);
  return buildReport(model, fixtureResults(model), { input: fixtureInput(variant), madeAt: MADE_AT });
}

export function sheetOf(report: ReportDescription, role: SheetDescription['role']): SheetDescription {
  const sheet = report.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`no ${role} sheet`);
  return sheet;
}

/** The cell a sheet-scoped name points at. */
export function named(sheet: SheetDescription, name: string): { address: string; cell: Cell } {
  const entry = sheet.names.find((n) => n.name === name);
  if (!entry) throw new Error(`no name ${name}`);
  const address = entry.ref.replace(/\$/g, '');
  return { address, cell: sheet.cells[address] };
}

export function formulas(report: ReportDescription): { sheet: string; address: string; formula: string }[] {
  return report.sheets.flatMap((s) => [
    ...Object.entries(s.cells).filter(([, c]) => c.formula !== undefined).map(([address, c]) => ({ sheet: s.name, address, formula: c.formula as string })),
    ...s.conditionalFormats.flatMap((f) => (f.kind === 'expression' ? [{ sheet: s.name, address: f.range, formula: f.formula }] : [])),
  ]);
}

/** Cells holding this exact text, and whether as a formula. */
export function cellsWithText(report: ReportDescription, text: string): { sheet: string; address: string; cell: Cell }[] {
  return report.sheets.flatMap((s) =>
    Object.entries(s.cells).filter(([, c]) => c.value === text || c.formula === text || c.formula === text.replace(/^=/, '')).map(([address, cell]) => ({ sheet: s.name, address, cell })),
  );
}
