/**
 * The status sheet (contract §6): summary, earned value with named figures, milestones, budget by
 * WBS and by category, late and critical work, over-allocated resources, an S-curve, and at the
 * foot the workings that make the cost figures traceable to the input tables.
 */
import type { ReportContext } from './context';
import type { SheetDescription } from './description';
import { figureCells, writeEarnedValue } from './evBlock';
import { Ledger } from './ledger';
import { printSetup } from './print';
import { writeSCurve } from './sCurve';
import { SheetBuilder } from './sheetBuilder';
import { writeHeader } from './statusHeader';
import { writeActualsByCategory, writeBudgetByWbs, writeLateAndCritical, writeMilestones, writeOverAllocated } from './statusTables';
import { WORKINGS_COLUMNS, writeWorkings } from './workings';

const EV_TOP = 11;

export function statusSheet(ctx: ReportContext, name = 'Status'): SheetDescription {
  const b = new SheetBuilder(name, 'status', printSetup(ctx.madeAt));
  const ledger = new Ledger(ctx);
  const figures = figureCells(EV_TOP);
  const { statusDate: sd } = writeHeader(b, ctx, figures);
  let row = writeEarnedValue(b, ctx, ledger, EV_TOP, sd);
  row = writeMilestones(b, ctx, row);
  row = writeBudgetByWbs(b, ctx, ledger, row, figures.ac);
  row = writeActualsByCategory(b, ctx, ledger, row, sd, figures.ac);
  row = writeLateAndCritical(b, ctx, row);
  row = writeOverAllocated(b, ctx, row);
  row = writeSCurve(b, ctx, ledger, row, figures.ac);
  writeWorkings(b, ctx, ledger, row, sd);
  b.resolve();

  b.width(1, 12);
  b.width(2, 36);
  for (let c = 3; c <= WORKINGS_COLUMNS; c++) b.width(c, 14);
  b.sheet.tabColor = '#1F3864';
  return b.sheet;
}
