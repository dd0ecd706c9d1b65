/**
 * Remembers a parser's answers. A plan repeats the same few texts (`5d`, `Alice`) on thousands of
 * rows, so each is parsed once per table. Answers are shared between rows: never change one.
 * After `limit` different texts it stops remembering, so a column of unique texts costs no memory.
 */
export function memoise<T extends object | string | number | boolean | null>(parse: (text: string) => T, limit = 10_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const remembered = known.get(text);
    if (remembered !== undefined) return remembered;
    const answer = parse(text);
    if (known.size < limit) known.set(text, answer);
    return answer;
  };
}
