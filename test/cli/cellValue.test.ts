import { cellValueOf } from '../../src/cli/cellValue';

describe('cellValueOf', () => {
  it('passes plain values through and turns empty into null', () => {
    expect(cellValueOf(5)).toBe(5);
    expect(cellValueOf('Kickoff')).toBe('Kickoff');
    expect(cellValueOf(true)).toBe(true);
    expect(cellValueOf(null)).toBeNull();
    expect(cellValueOf(undefined)).toBeNull();
    expect(cellValueOf('')).toBeNull();
    expect(cellValueOf(Number.NaN)).toBeNull();
  });

  it('keeps dates as dates and drops invalid ones', () => {
    const d = new Date(Date.UTC(2026, 2, 2));
    expect(cellValueOf(d)).toEqual(d);
    expect(cellValueOf(new Date('nonsense'))).toBeNull();
  });

  it('gives a formula its cached result', () => {
    expect(cellValueOf({ formula: 'A1+1', result: 7 })).toBe(7);
    expect(cellValueOf({ sharedFormula: 'B2', result: 'text' } as never)).toBe('text');
    expect(cellValueOf({ formula: 'NOW()', result: new Date(Date.UTC(2026, 0, 5)) })).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(cellValueOf({ formula: '1/0', result: { error: '#DIV/0!' } } as never)).toEqual({ error: '#DIV/0!' });
    expect(cellValueOf({ formula: 'A1' } as never)).toBeNull();
  });

  it('reads rich text and hyperlinks as their plain text', () => {
    expect(cellValueOf({ richText: [{ text: 'Office ' }, { font: { bold: true }, text: 'move' }] })).toBe('Office move');
    expect(cellValueOf({ text: 'Lease', hyperlink: 'https://example.com' })).toBe('Lease');
    expect(cellValueOf({ text: { richText: [{ text: 'Rich ' }, { text: 'link' }] }, hyperlink: 'x' } as never)).toBe('Rich link');
  });

  it('keeps error values as {error}', () => {
    expect(cellValueOf({ error: '#N/A' } as never)).toEqual({ error: '#N/A' });
  });
});
