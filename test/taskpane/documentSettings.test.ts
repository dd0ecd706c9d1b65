import { DEFAULT_OPTIONS } from '../../src/taskpane/services/defaults';
import { OPTIONS_KEY, readOptions, writeOptions, type DocumentSettings } from '../../src/taskpane/services/documentSettings';

function memorySettings(initial: Record<string, unknown> = {}, fail = false): DocumentSettings & { saved: number; data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    saved: 0,
    get: (name) => data[name] ?? null,
    set: (name, value) => {
      data[name] = value;
    },
    saveAsync(callback) {
      this.saved++;
      callback?.(fail ? { status: 'failed', error: { message: 'Read-only workbook.' } } : { status: 'succeeded' });
    },
  };
}

describe('document settings', () => {
  it('gives the defaults for a new workbook', () => {
    expect(readOptions(memorySettings())).toEqual(DEFAULT_OPTIONS);
    expect(readOptions(undefined)).toEqual(DEFAULT_OPTIONS);
  });

  it('round-trips the options and saves them', async () => {
    const settings = memorySettings();
    const options = { ...DEFAULT_OPTIONS, mapping: { Tasks: 'Plan' }, project: { ...DEFAULT_OPTIONS.project, currency: 'EUR' } };
    await writeOptions(settings, options);
    expect(settings.saved).toBe(1);
    expect(readOptions(settings)).toEqual(options);
  });

  it('repairs stored values that are partial or wrong', () => {
    const settings = memorySettings({
      [OPTIONS_KEY]: JSON.stringify({ mapping: { Tasks: 'Plan', Resources: 3 }, project: { hoursPerDay: -1 }, report: { period: 'year' } }),
    });
    const options = readOptions(settings);
    expect(options.mapping).toEqual({ Tasks: 'Plan' });
    expect(options.project.hoursPerDay).toBe(8);
    expect(options.report.period).toBe('week');
    expect(readOptions(memorySettings({ [OPTIONS_KEY]: '{not json' }))).toEqual(DEFAULT_OPTIONS);
  });

  it('rejects when Excel cannot save', async () => {
    await expect(writeOptions(memorySettings({}, true), DEFAULT_OPTIONS)).rejects.toThrow('Read-only workbook.');
  });
});
