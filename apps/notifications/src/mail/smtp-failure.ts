export interface SmtpFailure {
  /** 5xx replies (and a refused envelope) will not succeed on a retry; 4xx and network errors may. */
  permanent: boolean;
  message: string;
}

interface NodemailerError {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
}

export function classifySmtpFailure(error: unknown): SmtpFailure {
  const e = (error ?? {}) as NodemailerError;
  const message = (e.response ?? e.message ?? String(error)).slice(0, 1000);
  if (typeof e.responseCode === 'number') {
    return { permanent: e.responseCode >= 500 && e.responseCode < 600, message };
  }
  // No SMTP reply at all: a connection, timeout or socket error, worth another try later.
  return { permanent: e.code === 'EENVELOPE', message };
}
