/**
 * Marks each check and action on the Performance timeline (`cellpath:<action>` measures), so
 * browser tools and the end-to-end run can see how long each took.
 */
let seq = 0;

export function startTiming(name: string): () => void {
  const perf = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : null;
  if (!perf) return () => undefined;
  const mark = `cellpath:${name}:start:${++seq}`;
  try {
    perf.mark(mark);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      perf.measure(`cellpath:${name}`, mark);
      perf.clearMarks(mark);
    } catch {
      // A timeline that refuses marks only loses the figure.
    }
  };
}
