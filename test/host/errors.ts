/**
 * Errors shaped like OfficeExtension.Error: a `code` the add-in can branch on, a message, and
 * debugInfo naming where in the batch it failed.
 */

export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  /** Set by the host when the error is raised by a failed batch. */
  traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function hostError(code: string, message: string, errorLocation?: string): HostError {
  return new HostError(code, message, errorLocation);
}

export function notLoaded(path: string, property: string): HostError {
  return new HostError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${path}.${property}`,
  );
}

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  notImplemented: 'NotImplemented',
  requestAborted: 'RequestAborted',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  propertyNotLoaded: 'PropertyNotLoaded',
  invalidObjectPath: 'InvalidObjectPath',
  unsupportedOperation: 'UnsupportedOperation',
} as const;
