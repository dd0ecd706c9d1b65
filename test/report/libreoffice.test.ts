/**
 * The status report recalculated by LibreOffice Calc gives the engine's numbers: every named
 * figure, and every other formula's cached result. Skipped, with a message, only where soffice is
 * not installed (CI installs it).
 */
import { writeReportWorkbook } from '../../src/cli/writeWorkbook';
import type { ReportDescription } from '../../src/report/description';
import { openRecalculated, recalculate, sofficePath, type Recalculated } from '../support/libreoffice';
import { fixtureResults, fixtureModel, fixtureWorkbook, INJECTION_NAME, type Variant } from './fixture';
import { fixtureReport, named, sheetOf } from './helpers';
import { zipEntry } from './zipEntry';

jest.setTimeout(240_000);

const soffice = sofficePath();
const maybe = soffice ? describe : describe.skip;
if (!soffice) {
  console.warn('LibreOffice (soffice) is not installed: the recalculation tests are skipped. Install libreoffice-calc to run them.');
}

/** A date read back is a Date at UTC midnight; the report holds serials. */
function plain(value: Recalculated): string | number | boolean | null {
  if (value instanceof Date) return Math.round(value.getTime() / 86_400_000 + 25_569);
  if (value !== null && typeof value === 'object') return `#ERROR ${value.error}`;
  return value === '' ? null : value;
}

function same(want: unknown, got: string | number | boolean | null): boolean {
  if (typeof want === 'number' && typeof got === 'number') return Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want));
  return (want === '' || want === undefined ? null : want) === got;
}

async function recalculated(variant: Variant): Promise<{ report: ReportDescription; sheets: string[]; saved: Buffer; read: (sheet: string, address: string) => Recalculated }> {
  const report = fixtureReport(variant);
  const out = await writeReportWorkbook(await fixtureWorkbook(variant), report);
  const saved = await recalculate(out.buffer);
  const read = await openRecalculated(saved);
  return { report, sheets: out.sheets, saved, read };
}

maybe.each<[string, Variant]>([
  ['Monday to Friday, with a ledger', {}],
  ['Sunday to Thursday', { workWeek: 'Sun-Thu' }],
  ['no ledger: the Actual Cost column', { withoutActuals: true }],
])('the report recalculated by LibreOffice Calc (%s)', (_, variant) => {
  let r: Awaited<ReturnType<typeof recalculated>>;
  beforeAll(async () => {
    r = await recalculated(variant);
  });

  it('reads the S-curve chart: the file it saves keeps it, over the same cells', () => {
    const curve = sheetOf(r.report, 'status').charts[0];
    const chart = zipEntry(r.saved, 'xl/charts/chart1.xml') as string;
    expect(chart).toContain(`<a:t>${curve.title}</a:t>`);
    // LibreOffice writes the references its own way (its quotes escaped, or none where a name needs none).
    const refs = (chart.match(/<c:f>[^<]*<\/c:f>/g) ?? []).map((f) => f.replace(/<\/?c:f>/g, '').replace(/&apos;|'/g, ''));
    const [, last] = curve.source.split(':');
    expect(refs).toContain(`${r.sheets[0]}!$A$${Number(curve.categories.split(':')[0].slice(1))}:$A$${Number(last.slice(1))}`);
    expect(refs.filter((f) => /\$[BCD]\$\d+:\$[BCD]\$\d+$/.test(f))).toHaveLength(3);
  });

  it('gives every named figure the engine value', () => {
    const model = fixtureModel(variant);
    const results = fixtureResults(model);
    const ev = results.earnedValue;
    const status = sheetOf(r.report, 'status');
    const want: Record<string, number | null> = {
      BAC: ev.bac, PV: ev.pv, EV: ev.ev, AC: ev.ac, SPI: ev.spi, CPI: ev.cpi, EAC: ev.eac, VAC: ev.vac,
      Finish: results.schedule.project.finish, StatusDate: results.earnedValue.statusDate,
    };
    for (const [name, value] of Object.entries(want)) {
      const got = plain(r.read(r.sheets[0], named(status, name).address));
      if (value === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(value, 6);
    }
  });

  it('agrees with the engine on every formula of every sheet', () => {
    const wrong: string[] = [];
    r.report.sheets.forEach((sheet, k) => {
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (cell.formula === undefined) continue;
        const got = plain(r.read(r.sheets[k], address));
        if (!same(cell.result, got)) wrong.push(`${sheet.name}!${address} =${cell.formula}: engine ${cell.result}, LibreOffice ${got}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('keeps formula-looking task names as text', () => {
    const gantt = sheetOf(r.report, 'gantt');
    const address = Object.entries(gantt.cells).find(([, c]) => c.value === INJECTION_NAME)?.[0] as string;
    expect(r.read(r.sheets[1], address)).toBe(INJECTION_NAME);
  });
});

maybe('the LibreOffice harness', () => {
  it('recalculates rather than keeping the cached values', async () => {
    const report = fixtureReport();
    const status = sheetOf(report, 'status');
    const bac = named(status, 'BAC');
    bac.cell.result = -1;
    const out = await writeReportWorkbook(await fixtureWorkbook(), report);
    const read = await openRecalculated(await recalculate(out.buffer));
    expect(read(out.sheets[0], bac.address)).toBe(fixtureResults().earnedValue.bac);
  });
});
