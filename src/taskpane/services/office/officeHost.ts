/** The two doors into Office the services use: Excel.run and the document settings. */
import type { DocumentSettings } from '../documentSettings';

export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

export function documentSettings(): DocumentSettings | undefined {
  try {
    return Office.context?.document?.settings as unknown as DocumentSettings | undefined;
  } catch {
    return undefined;
  }
}
