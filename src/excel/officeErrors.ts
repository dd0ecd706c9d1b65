/** Reading Office.js errors without depending on the OfficeExtension global being present. */

/** The `code` of an OfficeExtension.Error (e.g. `ItemNotFound`), or undefined. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return undefined;
}
