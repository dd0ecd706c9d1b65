/**
 * The report as LibreOffice prints it (to PDF): no figure cut off as ####, the status sheet's
 * report one page wide with its workings left out, and every sheet's title on its first page.
 * Skipped, with a message, where soffice or pdftotext (poppler-utils) is not installed.
 */
import { execFile, execFileSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { writeReportWorkbook } from '../../src/cli/writeWorkbook';
import { sofficePath } from '../support/libreoffice';
import { fixtureWorkbook } from './fixture';
import { fixtureReport } from './helpers';

jest.setTimeout(240_000);

const root = resolve(__dirname, '..', '..');
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p)) ?? null;
const soffice = sofficePath();
const maybe = soffice && pdftotext ? describe : describe.skip;
if (!soffice || !pdftotext) console.warn('soffice or pdftotext is missing: the printed-report tests are skipped.');

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => execFile(command, args, { timeout: 180_000 }, (error, _out, stderr) => (error ? fail(new Error(`${command}: ${error.message}\n${stderr}`)) : done())));
}

/** The text of each printed page of the workbook, as LibreOffice lays it out. */
async function printedPages(xlsx: Buffer): Promise<string[]> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'cellpath-print-'));
  try {
    const file = join(dir, 'report.xlsx');
    await fs.writeFile(file, xlsx);
    await run(soffice as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file]);
    const text = execFileSync(pdftotext as string, ['-layout', join(dir, 'report.pdf'), '-']).toString();
    return text.split('\f');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The report's pages: from the status sheet's first page on (the report sheets come last). */
function reportPages(pages: string[]): string[] {
  const first = pages.findIndex((p) => p.trimStart().startsWith('Status report:'));
  expect(first).toBeGreaterThanOrEqual(0);
  return pages.slice(first).filter((p) => p.trim() !== '');
}

maybe.each<[string, () => Promise<Buffer>]>([
  ['the report fixture', async () => (await writeReportWorkbook(await fixtureWorkbook(), fixtureReport())).buffer],
  [
    'the sample plan, through the command line',
    async () => {
      const out = join(await fs.mkdtemp(join(tmpdir(), 'cellpath-sample-')), 'report.xlsx');
      await run(process.execPath, [join(root, 'bin', 'cellpath.js'), 'report', join(root, 'samples', 'office-relocation.xlsx'), '-o', out]);
      return fs.readFile(out);
    },
  ],
])('%s printed by LibreOffice', (_, make) => {
  let pages: string[];
  beforeAll(async () => {
    pages = reportPages(await printedPages(await make()));
  });

  it('shows no figure cut off as ####', () => {
    expect(pages.filter((p) => p.includes('###')).map((p) => p.slice(0, 200))).toEqual([]);
  });

  it('prints the status report one page wide, the meanings beside the figures, and leaves the workings out', () => {
    const status = pages.filter((p) => p.trimStart().startsWith('Status report:'));
    expect(status[0]).toMatch(/Earned value/);
    expect(status[0]).toMatch(/BAC\s+Budget at completion\s+\S+\s+Every task/);
    expect(status.join('\n')).not.toMatch(/How the cost figures are worked out|Cost by task/);
  });

  it('starts the Gantt and loading sheets with their titles, legend and colour key', () => {
    expect(pages.find((p) => p.trimStart().startsWith('Gantt:'))).toMatch(/Legend.*Work\s+Done\s+Critical/);
    expect(pages.find((p) => p.trimStart().startsWith('Resource loading:'))).toMatch(/Colour key\s+No work\s+Fewer hours\s+More hours\s+Over capacity/);
  });
});
