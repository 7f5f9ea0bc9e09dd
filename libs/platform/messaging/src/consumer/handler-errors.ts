/** Thrown for an event that can never succeed (bad contract, unknown version): no retry, straight to the DLQ. */
export class NonRetriableEventException extends Error {
  readonly retriable = false;
}

export function isRetriable(error: unknown): boolean {
  return !(error instanceof NonRetriableEventException);
}
