/**
 * The build fails when the custom functions' metadata is wrong. A small webpack run on a
 * throw-away functions file, with the plugin from webpack.config.js.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is plain CommonJS
const { FunctionsMetadataPlugin } = require('../../webpack.config.js') as {
  FunctionsMetadataPlugin: new (options: { input: string; output?: string }) => webpack.WebpackPluginInstance;
};

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cellpath-metadata-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function build(source: string): Promise<{ errors: string[]; metadata: string | null }> {
  const input = join(folder, 'functions.js');
  writeFileSync(input, source);
  const compiler = webpack({
    mode: 'none',
    context: folder,
    entry: input,
    output: { path: join(folder, 'dist'), filename: 'functions.js' },
    plugins: [new FunctionsMetadataPlugin({ input })],
    infrastructureLogging: { level: 'none' },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) return reject(error);
      const json = join(folder, 'dist', 'functions.json');
      resolve({
        errors: (stats.toJson({ all: false, errors: true }).errors ?? []).map((e) => e.message),
        metadata: existsSync(json) ? readFileSync(json, 'utf8') : null,
      });
    });
  });
}

const fn = (tag: string, register = true) => `
/**
 * Adds one.
 * @customfunction ${tag}
 * @param {number} value A number.
 * @returns {number} The number plus one.
 */
function addOne(value) { return value + 1; }
${register ? `CustomFunctions.associate('${tag}', addOne);` : ''}
`;

describe('FunctionsMetadataPlugin', () => {
  it('writes functions.json for good metadata', async () => {
    const { errors, metadata } = await build(fn('ADDONE'));
    expect(errors).toEqual([]);
    expect(JSON.parse(metadata!).functions.map((f: { id: string }) => f.id)).toEqual(['ADDONE']);
  });

  it('fails the build on a metadata error', async () => {
    const { errors, metadata } = await build(fn('ADD-ONE'));
    expect(errors.join('\n')).toContain('invalid characters');
    expect(metadata).toBeNull();
  });

  it('fails the build when no function is tagged (a misspelt @customfunction)', async () => {
    const { errors } = await build(fn('ADDONE').replace('@customfunction', '@customfuntion'));
    expect(errors.join('\n')).toContain('no @customfunction found');
  });

  it('fails the build when a function is never registered', async () => {
    const { errors } = await build(fn('ADDONE', false));
    expect(errors.join('\n')).toContain("add CustomFunctions.associate('ADDONE', addOne)");
  });
});
