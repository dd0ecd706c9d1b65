/** Bundles the in-memory Excel host page (test/e2e/host/page.ts) into one browser script, with esbuild from node_modules (tsx brings it). */
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundleHost(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, '..', 'host', 'page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
