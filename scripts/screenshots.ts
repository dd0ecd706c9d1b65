/**
 * The README's pictures: the sample plan's report sheets as LibreOffice renders them, and the task
 * pane's main screens from the last end-to-end run (`npm run build && npm run test:e2e` first).
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm/pdftotext (poppler-utils). Not part of CI.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const root = resolve(__dirname, '..');
const images = join(root, 'docs', 'images');
const work = mkdtempSync(join(tmpdir(), 'cellpath-shots-'));
mkdirSync(images, { recursive: true });

const report = join(work, 'office-relocation-report.xlsx');
execFileSync(process.execPath, [join(root, 'bin', 'cellpath.js'), 'report', join(root, 'samples', 'office-relocation.xlsx'), '-o', report], { stdio: 'inherit' });
execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, report], { stdio: 'ignore' });
const pdf = report.replace(/\.xlsx$/, '.pdf');
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0);

// Each report sheet's first page begins with its title (the status sheet repeats it on every page).
const sheets: [string, string][] = [['Status report:', 'report-status'], ['Gantt:', 'report-gantt'], ['Resource loading:', 'report-loading']];
const rendered = new Set<string>();
for (let page = 1; page <= pages; page++) {
  const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']).toString().trimStart();
  const sheet = sheets.find(([title]) => text.startsWith(title));
  if (!sheet || rendered.has(sheet[1])) continue;
  rendered.add(sheet[1]);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(images, sheet[1])]);
  console.log(`docs/images/${sheet[1]}.png from page ${page}`);
}

const e2e = join(root, 'test', 'e2e', 'out');
for (const screen of ['home', 'problems', 'report', 'settings', 'why', 'home-dark', 'outside-excel']) {
  const from = join(e2e, `${screen}.png`);
  if (existsSync(from)) {
    copyFileSync(from, join(images, `taskpane-${screen}.png`));
    console.log(`docs/images/taskpane-${screen}.png`);
  } else console.log(`(no ${from}: run npm run build && npm run test:e2e first)`);
}
rmSync(work, { recursive: true, force: true });
