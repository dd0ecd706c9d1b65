import type { RunContext } from '../lib/run';
export async function emptyWorkbook(_run: RunContext): Promise<void> {}
