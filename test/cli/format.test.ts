import { evmJson } from '../../src/cli/format/evmJson';
import { issueCount, issueJson, issueLines } from '../../src/cli/format/issues';
import { loadingJson } from '../../src/cli/format/loadingJson';
import { scheduleJson } from '../../src/cli/format/scheduleJson';
import type { Issue } from '../../src/model/types';
import { tinyEarnedValue, tinyLoading, tinyModel, tinySchedule } from './fixtures';

const warning: Issue = { severity: 'warning', table: 'Tasks', row: 4, column: 'Duration', cell: 'C4', message: 'rounded up.' };
const error: Issue = { severity: 'error', table: 'Settings', row: null, column: null, cell: null, message: 'no start.' };

describe('issues', () => {
  it('have exactly the contract keys', () => {
    expect(Object.keys(issueJson(warning))).toEqual(['severity', 'table', 'row', 'column', 'cell', 'message']);
  });

  it('read as a list, errors first, the sheet shown when it is not named after the table', () => {
    const lines = issueLines([warning, error], { Tasks: 'Plan 2026' });
    expect(lines[0]).toMatch(/^-\s+error\s+Settings\s+no start\.$/);
    expect(lines[1]).toMatch(/^'Plan 2026'!C4\s+warning\s+Tasks\s+Duration: rounded up\.$/);
    expect(issueCount([warning, error, error])).toBe('2 errors, 1 warning');
    expect(issueCount([])).toBe('no problems');
  });
});

describe('schedule --json', () => {
  it('maps task indexes to IDs, serials to ISO dates and non-numbers to null', () => {
    const json = scheduleJson(tinyModel(), tinySchedule(), [warning]);
    expect(Object.keys(json)).toEqual(['project', 'tasks', 'issues']);
    expect(json.project).toEqual({ start: '2026-03-02', finish: '2026-03-03' });
    expect(json.tasks[2]).toEqual({
      id: '3', name: 'Moved', start: '2026-03-03', finish: '2026-03-03', lateStart: '2026-03-03', lateFinish: null,
      totalFloat: 0, freeFloat: 0, critical: true, summary: false,
    });
    expect(json.tasks[0].summary).toBe(true);
    expect(json.issues).toEqual([issueJson(warning)]);
  });

  it('adds levelingDelay for level --json', () => {
    const json = scheduleJson(tinyModel(), tinySchedule(), [], { levelingDelay: true });
    expect(json.tasks.map((t) => t.levelingDelay)).toEqual([0, 0, 0]);
    expect(Object.keys(json.tasks[0])).toContain('levelingDelay');
  });
});

describe('evm --json', () => {
  it('has the contract keys, ISO dates and null ratios', () => {
    const json = evmJson(tinyModel(), tinyEarnedValue(), []);
    expect(Object.keys(json)).toEqual([
      'statusDate', 'bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eac', 'etc', 'vac', 'tcpi', 'es', 'spit', 'forecastFinish', 'tasks', 'issues',
    ]);
    expect(json).toMatchObject({ statusDate: '2026-03-03', bac: 1000, spi: 0.5, cpi: null, eac: null, forecastFinish: '2026-03-05' });
    expect(json.tasks).toEqual([{ id: '2', bac: 1000, pv: 1000, ev: 500, ac: 0 }]);
  });
});

describe('loading --json', () => {
  it('names periods by ISO start and gives hours', () => {
    expect(loadingJson(tinyLoading(), [])).toEqual({
      period: 'week',
      periods: ['2026-03-02'],
      resources: [{ name: 'Bob', capacity: [40], load: [48], overallocated: [true] }],
      issues: [],
    });
  });
});
