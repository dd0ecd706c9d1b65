/** Range.dataValidation: the rule (e.g. a list source), error alert and prompt of a range. */
import { contains, intersects } from './address';
import { HostObject, scalarProps } from './clientObject';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { ValidationRecord } from './model';
import type { RangeTarget } from './rangeTarget';

const SCALARS = ['rule', 'errorAlert', 'prompt', 'ignoreBlanks', 'type', 'valid'];
const RULE_TYPES: Record<string, string> = {
  list: 'List', wholeNumber: 'WholeNumber', decimal: 'Decimal', date: 'Date', time: 'Time', textLength: 'TextLength', custom: 'Custom',
};

interface Describable {
  _describe(): string;
}

/** A list source given as a Range is kept as its address, as Excel answers it. */
function plainRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== 'object') throw hostError('InvalidArgument', 'A data validation rule must be an object.');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rule as Record<string, unknown>)) {
    if (!RULE_TYPES[key]) throw hostError('InvalidArgument', `'${key}' is not a data validation rule type.`);
    const inner = { ...(value as Record<string, unknown>) };
    for (const [k, v] of Object.entries(inner)) {
      if (v && typeof v === 'object' && typeof (v as Describable)._describe === 'function') inner[k] = '=' + (v as Describable)._describe();
    }
    if (key === 'list' && (typeof inner.source !== 'string' || inner.source === '')) throw hostError('InvalidArgument', 'A list rule needs a source.');
    out[key] = inner;
  }
  if (Object.keys(out).length !== 1) throw hostError('InvalidArgument', 'A data validation rule has exactly one type.');
  return out;
}

export class DataValidation extends HostObject<RangeTarget> {
  constructor(context: HostContext, path: string, resolve: () => RangeTarget) {
    super(context, path, resolve);
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  private _records(t: RangeTarget): ValidationRecord[] {
    return t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
  }

  /** The record that covers the whole range, or undefined when none or several apply. */
  private _covering(t: RangeTarget): ValidationRecord | undefined | 'mixed' {
    const records = this._records(t);
    if (records.length === 0) return undefined;
    const last = records[records.length - 1];
    return contains(last.rect, t.rect) ? last : 'mixed';
  }

  protected _snapshot(t: RangeTarget, name: string): unknown {
    const record = this._covering(t);
    if (name === 'valid') return true;
    if (name === 'type') {
      if (record === undefined) return 'None';
      if (record === 'mixed') return 'Inconsistent';
      const key = Object.keys(record.rule)[0];
      return key ? RULE_TYPES[key] : 'None';
    }
    if (record === 'mixed') return null;
    switch (name) {
      case 'rule':
        return record ? structuredCloneish(record.rule) : {};
      case 'errorAlert':
        return record?.errorAlert ?? { message: '', showAlert: true, style: 'Stop', title: '' };
      case 'prompt':
        return record?.prompt ?? { message: '', showPrompt: false, title: '' };
      case 'ignoreBlanks':
        return record?.ignoreBlanks ?? true;
      default:
        return undefined;
    }
  }

  _apply(t: RangeTarget, name: string, value: unknown): void {
    const list = t.sheet.validations;
    if (name === 'rule') {
      const rule = plainRule(value);
      for (let i = list.length - 1; i >= 0; i--) if (contains(t.rect, list[i].rect)) list.splice(i, 1);
      list.push({ rect: { ...t.rect }, rule, errorAlert: null, prompt: null, ignoreBlanks: true });
      return;
    }
    if (name === 'type' || name === 'valid') throw hostError('InvalidArgument', `${name} is read-only.`);
    let record = this._covering(t);
    if (record === undefined || record === 'mixed') {
      record = { rect: { ...t.rect }, rule: {}, errorAlert: null, prompt: null, ignoreBlanks: true };
      list.push(record);
    }
    if (name === 'errorAlert') record.errorAlert = { ...(value as Record<string, unknown>) };
    else if (name === 'prompt') record.prompt = { ...(value as Record<string, unknown>) };
    else if (name === 'ignoreBlanks') record.ignoreBlanks = Boolean(value);
  }

  clear(): void {
    this._call('clear', [], (t) => {
      const list = t.sheet.validations;
      for (let i = list.length - 1; i >= 0; i--) if (intersects(t.rect, list[i].rect)) list.splice(i, 1);
    });
  }
}
scalarProps(DataValidation, SCALARS, ['type', 'valid']);

function structuredCloneish<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
