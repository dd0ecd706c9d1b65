/**
 * A copy of a short list that the model keeps (a task's links, its assignments), written as array
 * literals on purpose. V8 learns from an array literal's allocation site that its arrays outlive
 * many garbage collections and then allocates them straight into the old generation; arrays from
 * slice() or map() are always copied out of the young generation instead. At 100,000 tasks that is
 * about a third of the time spent collecting garbage. Use it only for lists the model keeps: a
 * short-lived caller would teach the same sites the opposite.
 */
export function longLivedCopy<T>(list: readonly T[]): T[] {
  switch (list.length) {
    case 0:
      return [];
    case 1:
      return [list[0]];
    case 2:
      return [list[0], list[1]];
    case 3:
      return [list[0], list[1], list[2]];
    case 4:
      return [list[0], list[1], list[2], list[3]];
    default:
      return list.slice();
  }
}
