/**
 * Recalculates an .xlsx in LibreOffice Calc, headless, and hands back the file it saves, whose
 * cached values are LibreOffice's own results. A fresh profile per run sets "recalculate on load:
 * always" for OOXML files, so no cached value from the writer survives.
 */
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';

const CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** The soffice executable, or null when LibreOffice is not installed. */
export function sofficePath(): string | null {
  if (process.env.SOFFICE && existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const ALWAYS_RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(command: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** The workbook as LibreOffice saves it after recalculating every formula. */
export async function recalculate(xlsx: Buffer | Uint8Array, timeoutMs = 180_000): Promise<Buffer> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const dir = await fs.mkdtemp(join(tmpdir(), 'cellpath-lo-'));
  try {
    const profile = join(dir, 'profile');
    await fs.mkdir(join(profile, 'user'), { recursive: true });
    await fs.writeFile(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALC);
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    await fs.mkdir(inDir);
    await fs.mkdir(outDir);
    const input = join(inDir, 'report.xlsx');
    await fs.writeFile(input, xlsx);
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, input], timeoutMs);
    const output = join(outDir, 'report.xlsx');
    if (!existsSync(output)) throw new Error('LibreOffice wrote no file');
    return await fs.readFile(output);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** A cell's value after recalculation: the formula's cached result, or the literal. */
export type Recalculated = string | number | boolean | Date | null | { error: string };

/** Reads cells of a recalculated workbook: `read('Status', 'C13')`. */
export async function openRecalculated(xlsx: Buffer): Promise<(sheet: string, address: string) => Recalculated> {
  const wb = new Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return (sheet, address) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet '${sheet}'`);
    // The cell's model, not its value: ExcelJS's value drops a formula result of 0, '' or false.
    const model = ws.getCell(address).model as { type?: number; value?: unknown; result?: unknown; formula?: string; sharedFormula?: string };
    const value = model.formula !== undefined || model.sharedFormula !== undefined ? model.result : model.value;
    if (value === null || value === undefined) return null;
    if (typeof value === 'object' && !(value instanceof Date)) {
      const v = value as { error?: string; richText?: { text: string }[] };
      if (typeof v.error === 'string') return { error: v.error };
      if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
      return null;
    }
    return value as Recalculated;
  };
}
