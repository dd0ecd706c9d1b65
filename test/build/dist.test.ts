/**
 * The built add-in, as Excel loads it: dist/functions.js in a bare JavaScript context (no window,
 * no document) must register every function named in dist/functions.json. Runs after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const DIST = join(__dirname, '..', '..', 'dist');

function built(file: string): string {
  const at = join(DIST, file);
  if (!existsSync(at)) throw new Error(`dist/${file} is missing: run npm run build first`);
  return readFileSync(at, 'utf8');
}

interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: Array<{ id: string; name: string; description: string; parameters: Array<{ name: string; optional?: boolean }> }>;
}

/** Loads functions.js as the custom functions runtime would, with only `CustomFunctions` and `console` defined. */
function loadFunctions() {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  class RuntimeError {
    constructor(public code: string, public message?: string) {}
  }
  const runtime = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      if (typeof fn !== 'function') throw new Error(`${id} associated with a non-function`);
      registered.set(id, fn);
    },
    Error: RuntimeError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!' },
  };
  const context = createContext({ CustomFunctions: runtime, console });
  runInContext(built('functions.js'), context, { filename: 'functions.js' });
  return { registered, context };
}

describe('dist/ (after npm run build)', () => {
  it('registers every function of functions.json with CustomFunctions.associate, without a DOM', () => {
    const metadata = JSON.parse(built('functions.json')) as Metadata;
    const { registered, context } = loadFunctions();
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual(['CHECK', 'CRITICALPATH', 'EVM', 'FINISH', 'LEVEL', 'LOADING', 'SCHEDULE', 'SCURVE']);
    expect([...registered.keys()].sort()).toEqual(ids);
    expect(runInContext('typeof window + typeof document', context)).toBe('undefinedundefined');
  });

  it('answers from the bundle: PM.CHECK on a sound plan says OK', () => {
    const { registered } = loadFunctions();
    const tasks = [['ID', 'Name', 'Duration'], [1, 'Design', '5d']];
    const settings = [['Setting', 'Value'], ['Project Start', '2026-03-02']];
    expect(registered.get('CHECK')!(tasks, null, null, null, settings)).toEqual([['OK']]);
  });

  it('writes metadata Excel accepts: data types allowed, the first parameter required, the rest described', () => {
    const metadata = JSON.parse(built('functions.json')) as Metadata;
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    for (const f of metadata.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description.length).toBeGreaterThan(0);
      expect(f.description.length).toBeLessThanOrEqual(128);
      expect(f.parameters[0]).toMatchObject({ name: 'tasks' });
      expect(f.parameters[0].optional).toBeFalsy();
    }
  });

  it('has a task pane page that loads both bundles, and the assets and manifest', () => {
    const html = built('taskpane.html');
    expect(html).toMatch(/<script[^>]+src="?taskpane\.js/);
    expect(html).toMatch(/<script[^>]+src="?functions\.js/);
    built('taskpane.js');
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(DIST, 'assets', `icon-${size}.png`))).toBe(true);
    expect(built('manifest.xml')).toContain('<Namespace resid="Functions.Namespace"/>');
  });
});
