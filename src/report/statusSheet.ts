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
import { letter } from './refs';
import { writeSCurve } from './sCurve';
import { SheetBuilder } from './sheetBuilder';
import { writeHeader } from './statusHeader';
import { setStatusWidths, STATUS_RIGHT } from './statusLayout';
import { writeActualsByCategory, writeBudgetByWbs, writeLateAndCritical, writeMilestones, writeOverAllocated } from './statusTables';
import { writeWorkings } from './workings';

const EV_TOP = 11;

export function statusSheet(ctx: ReportContext, name = 'Status'): SheetDescription {
  const b = new SheetBuilder(name, 'status', printSetup(ctx.madeAt, { titleRows: [1, 2] }));
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
  // Paper gets the report; the workings, eighteen columns wide, would shrink it to half size.
  b.sheet.print.printArea = `A1:${letter(STATUS_RIGHT)}${row - 1}`;
  writeWorkings(b, ctx, ledger, row, sd);
  b.resolve();

  setStatusWidths(b, ctx);
  b.sheet.tabColor = '#1F3864';
  return b.sheet;
}
