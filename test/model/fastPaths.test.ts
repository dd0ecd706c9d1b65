import fc from 'fast-check';
import { buildModel } from '../../src/model/buildModel';
import { RowReader } from '../../src/model/fields';
import { TASK_HEADERS } from '../../src/model/headers';
import { longLivedCopy } from '../../src/model/longLived';
import { daysPerUnit, type DurationRules } from '../../src/model/parse/duration';
import { parseLinks, normaliseId, type LinkParse } from '../../src/model/parse/links';
import { memoise } from '../../src/model/parse/memo';
import { readTable } from '../../src/model/table';
import { plainNumber, TaskIds } from '../../src/model/taskIds';
import type { Issue, LinkType, TaskField } from '../../src/model/types';

const rules: DurationRules = { hoursPerDay: 8, daysPerWeek: 5, daysPerMonth: 20 };

describe('task IDs written as plain numbers', () => {
  it.each([['0', 0], ['7', 7], ['42', 42], ['123456789', 123456789]])('%s is %d', (id, n) => expect(plainNumber(id)).toBe(n));
  it.each(['', '07', '00', '4.2', '+4', '-4', ' 4', '4 ', 'A1', '1234567890', '٣'])('%p is another ID', (id) => expect(plainNumber(id)).toBe(-1));

  it('finds every ID, in the array or the map, and nothing else', () => {
    const ids = new TaskIds(new Map(), 3);
    ['1', '07', 'A', '100000', '3'].forEach((id, index) => ids.add(id, index));
    expect(['1', '07', 'A', '100000', '3'].map((id) => ids.get(id))).toEqual([0, 1, 2, 3, 4]);
    expect(['7', '2', '0', '01', 'a', '100001'].map((id) => ids.get(id))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([...ids.byId.keys()]).toEqual(['1', '07', 'A', '100000', '3']);
  });

  it('starts from an existing map', () => {
    const ids = new TaskIds(new Map([['5', 0], ['x', 1]]), 2);
    expect([ids.get('5'), ids.get('x'), ids.get('6')]).toEqual([0, 1, undefined]);
  });
});

describe('remembered parses', () => {
  it('parses each text once, and stops remembering at the limit', () => {
    const seen: string[] = [];
    const parse = memoise((text) => {
      seen.push(text);
      return { length: text.length };
    }, 2);
    expect(parse('ab')).toBe(parse('ab'));
    parse('c');
    parse('d');
    parse('d');
    expect(seen).toEqual(['ab', 'c', 'd', 'd']);
  });
});

describe('long-lived copies', () => {
  it.each([0, 1, 2, 3, 4, 5, 9])('copies a list of %d into a new array', (n) => {
    const list = Array.from({ length: n }, (_, k) => ({ k }));
    const copy = longLivedCopy(list);
    expect(copy).toEqual(list);
    expect(copy).not.toBe(list);
    copy.push({ k: -1 });
    expect(list).toHaveLength(n);
  });
});

/** Predecessor text read by the general pattern alone, as before the fast scan existed. */
function byPattern(text: string): LinkParse[] {
  const LINK = /^(.+?)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z%]*)\s*\??)?$/i;
  return text.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '').map((part): LinkParse => {
    const m = LINK.exec(part);
    if (!m) return { ok: false, text: part, reason: 'is not a link' };
    const id = normaliseId(m[1]);
    if (/\s/.test(id)) return { ok: false, text: part, reason: 'is not a link' };
    const type = (m[2] ? m[2].toUpperCase() : 'FS') as LinkType;
    if (m[3] === undefined) return { ok: true, link: { id, type, lagDays: 0, lagShare: null, text: part } };
    const amount = Number(m[4]) * (m[3] === '-' ? -1 : 1);
    if (m[5] === '%') return { ok: true, link: { id, type, lagDays: null, lagShare: amount / 100, text: part } };
    const per = daysPerUnit(m[5], rules);
    if (per === null) return { ok: false, text: part, reason: `has an unknown lag unit '${m[5]}'` };
    return { ok: true, link: { id, type, lagDays: amount * per, lagShare: null, text: part } };
  });
}

describe('the fast scan of common links', () => {
  it.each(['12', '012', '12SS', '12ss', '12FS+2', '12SS-3d', '12FS+2 days', '12FF-0', '12SF+3  Days', '12FS+2x', '12d', '12 SS', '12SS+2.5d',
    '12FS+50%', '12FS+2d?', '12ſs', '12ﬀ', '12SSx', '12+3', '12-1w', '12.0', '12FS+', '+12', '12FS+2d, 13; 14SS'])('%p reads as the general pattern reads it', (text) =>
    expect(parseLinks(text, rules)).toEqual(byPattern(text)));

  it('agrees with the general pattern on link-shaped text', () => {
    const piece = fc.tuple(
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 }),
      fc.constantFrom('', 'FS', 'ss', 'Sf', 'ff', 'SX', ' SS', 'ſs', 'd'),
      fc.constantFrom('', '+', '-', ' +'),
      fc.string({ unit: fc.constantFrom(...'0123456789.'), maxLength: 3 }),
      fc.constantFrom('', ' ', '\t'),
      fc.constantFrom('', 'd', 'days', 'W', 'h', 'mo', 'ed', 'x', '%', '?', 'd?', 'K'),
    ).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(piece, { maxLength: 3 }), (parts) => {
      const text = parts.join(', ');
      expect(parseLinks(text, rules)).toEqual(byPattern(text));
    }), { numRuns: 3000 });
  });
});

describe('one reader for a whole table', () => {
  it('moves from row to row and names each row only when it reports a problem', () => {
    const table = readTable<TaskField>('Tasks', { values: [['ID', 'Duration'], [1, { error: '#N/A' }], [2, '3d']] }, TASK_HEADERS);
    const issues: Issue[] = [];
    const r = new RowReader(table, [], 0, issues, '');
    r.moveTo(table.rows[0].values, table.rows[0].row, 'Task', 1);
    expect(r.text('duration')).toBe('');
    r.moveTo(table.rows[1].values, table.rows[1].row, 'Task', 2);
    expect(r.text('duration')).toBe('3d');
    expect(r.label).toBe('Task 2');
    r.label = 'Milestone 2';
    expect(r.label).toBe('Milestone 2');
    expect(issues).toEqual([expect.objectContaining({ row: 2, cell: 'B2', message: expect.stringMatching(/^Task 1: Duration holds the error #N\/A/) })]);
  });
});

describe('buildModel where the fast paths end', () => {
  const plan = (rows: unknown[][]) => buildModel({ tasks: { values: [['ID', 'Name', 'Duration', 'Predecessors'], ...(rows as never[][])] }, settings: { values: [['Setting', 'Value'], ['Project Start', '2026-03-02']] } });

  it('keeps 03 and 3 apart, reads 3.0 as 3, and finds IDs far beyond the row count', () => {
    const m = plan([[3, 'A', 1, ''], ['03', 'B', 1, '3'], [1000000, 'C', 1, '03, 1000000.0'], ['X', 'D', 1, '3.0, 4']]);
    expect(m.tasks.map((t) => t.predecessors.map((l) => l.predecessor))).toEqual([[], [0], [1], [0]]);
    expect(m.issues.map((i) => i.message)).toEqual([
      'Task 1000000: the task is linked to itself. Remove 1000000 from its predecessors.',
      'Task X: predecessor 4 is not a task ID in the Tasks table. Fix the ID, or remove the link.',
    ]);
  });

  it('names the row of the first use of a duplicate ID, numeric or not', () => {
    const m = plan([[7, 'A', 1, ''], ['7', 'B', 1, ''], ['7.0', 'C', 1, ''], ['B', 'D', 1, ''], ['B', 'E', 1, '']]);
    expect(m.issues.map((i) => [i.cell, i.message])).toEqual([
      ['A3', 'Row 3: ID 7 is already used on row 2. Give each task a unique ID.'],
      ['A4', 'Row 4: ID 7 is already used on row 2. Give each task a unique ID.'],
      ['A6', 'Row 6: ID B is already used on row 5. Give each task a unique ID.'],
    ]);
  });

  it('marks estimates by a trailing ? only in text', () => {
    const m = plan([[1, 'A', '3d? ', ''], [2, 'B', '3 days?', ''], [3, 'C', 3, ''], [4, 'D', '3d', '']]);
    expect(m.tasks.map((t) => [t.duration, t.estimated])).toEqual([[3, true], [3, true], [3, false], [3, false]]);
  });

  it('warns once per repeated predecessor and keeps every link in order', () => {
    const m = plan([[1, 'A', 1, ''], [2, 'B', 1, ''], [3, 'C', 1, '1, 2SS, 1FF+1d, 2']]);
    expect(m.tasks[2].predecessors.map((l) => [l.predecessor, l.type, l.lag])).toEqual([[0, 'FS', 0], [1, 'SS', 0], [0, 'FF', 1], [1, 'FS', 0]]);
    expect(m.issues.filter((i) => /listed twice/.test(i.message))).toHaveLength(2);
  });

  it('finds cycles of any length, each once', () => {
    const m = plan([[1, 'A', 1, '3'], [2, 'B', 1, '1'], [3, 'C', 1, '2'], [4, 'D', 1, '5'], [5, 'E', 1, '4'], [6, 'F', 1, '5']]);
    expect(m.issues.map((i) => i.message)).toEqual([
      'Tasks 1, 2, 3 depend on each other in a loop, so none can start first. Remove one of the links between them.',
      'Tasks 4, 5 depend on each other in a loop, so none can start first. Remove one of the links between them.',
    ]);
  });
});
