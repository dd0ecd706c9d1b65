import type { RunContext } from '../lib/run';
export async function samplePlan(_run: RunContext): Promise<void> {}
