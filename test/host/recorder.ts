/**
 * A stand-in for the deep parts of objects the host does not model one by one (chart titles,
 * axes and series; the type-specific parts of conditional formats): any property set or method
 * call is queued like a real action and, at sync, recorded on the owning model record as
 * `props['title.text'] = 'Cost'` or `calls.push({ path: 'series.add', args: ['EV'] })`.
 * Reading a property gives the value set through this proxy, or a deeper recorder.
 */
import { ACTION_BYTES, byteSize } from './clientObject';
import type { HostContext } from './context';
import type { RecordedCall } from './model';

export interface RecordSink {
  props: Record<string, unknown>;
  calls: RecordedCall[];
}

interface Describable {
  _describe(): string;
}

function isDescribable(value: unknown): value is Describable {
  return typeof value === 'object' && value !== null && typeof (value as Describable)._describe === 'function';
}

/** Arguments as the model keeps them: ranges become their addresses. */
function plainArg(value: unknown): unknown {
  if (isDescribable(value)) return value._describe();
  if (Array.isArray(value)) return value.map(plainArg);
  return value;
}

export function recorder(
  context: HostContext,
  objectPath: string,
  sink: () => RecordSink,
  sub: string,
  local: Map<string, unknown> = new Map(),
): unknown {
  const target = function recorded() {
    /* callable so that method calls can be recorded */
  };
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'then') return undefined;
      const path = sub ? `${sub}.${prop}` : prop;
      if (prop === 'load' || prop === 'track' || prop === 'untrack') return () => recorder(context, objectPath, sink, sub, local);
      if (prop === 'toJSON') return () => Object.fromEntries([...local].filter(([k]) => k.startsWith(sub)));
      if (prop === 'isNullObject') return false;
      if (prop === 'context') return context;
      if (prop === 'set') {
        return (values: Record<string, unknown>) => {
          const self = recorder(context, objectPath, sink, sub, local) as Record<string, unknown>;
          for (const [k, v] of Object.entries(values)) {
            if (v && typeof v === 'object' && !Array.isArray(v) && !isDescribable(v)) (self[k] as { set(x: unknown): void }).set(v);
            else self[k] = v;
          }
        };
      }
      if (local.has(path)) return local.get(path);
      return recorder(context, objectPath, sink, path, local);
    },
    set(_t, prop, value) {
      if (typeof prop === 'symbol') return false;
      const path = sub ? `${sub}.${prop}` : prop;
      local.set(path, value);
      context._enqueue({
        kind: 'set',
        path: `${objectPath}.${sub}`,
        name: prop,
        bytes: ACTION_BYTES + byteSize(plainArg(value)),
        run: () => {
          sink().props[path] = plainArg(value);
        },
      });
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      context._enqueue({
        kind: 'call',
        path: objectPath,
        name: sub,
        bytes: ACTION_BYTES + byteSize(args.map((a) => (isDescribable(a) ? 'range' : a))),
        run: () => {
          sink().calls.push({ path: sub, args: args.map(plainArg) });
        },
      });
      return recorder(context, objectPath, sink, `${sub}()`, local);
    },
  });
}
