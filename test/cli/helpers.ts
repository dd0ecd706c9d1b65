/** Running the CLI in-process and capturing what it prints. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Engines } from '../../src/cli/engines';
import { runCli } from '../../src/cli/main';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLE = path.join(ROOT, 'samples', 'office-relocation.xlsx');
export const BROKEN = path.join(ROOT, 'samples', 'broken-plan.xlsx');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], engines?: Partial<Engines>): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, engines });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cellpath-cli-'));
}
