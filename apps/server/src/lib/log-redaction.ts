// Issue 10: a failed query's log used to print its parameters (login names, resume and message
// text) through drizzle's message ("Failed query: … params: …") and PostgreSQL's `detail`
// ("Key (login_name)=(13800000000) already exists"). Every error that reaches the logger passes
// through here: the SQL text and the SQLSTATE stay (they say what failed), the values go.

const REDACTED = '[redacted]';

interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  query?: string;
  constraint?: string;
  table?: string;
  column?: string;
  statusCode?: number;
  cause?: LoggedError;
}

function stripParams(message: string): string {
  const at = message.indexOf('\nparams:');
  return at === -1 ? message : `${message.slice(0, at)}\nparams: ${REDACTED}`;
}

/** pino's `err` serializer: like the standard one, without query parameters or row values. */
export function serializeError(error: unknown, depth = 0): LoggedError | unknown {
  if (!(error instanceof Error) || depth > 4) return error;
  const source = error as Error & Record<string, unknown>;
  const logged: LoggedError = {
    type: error.constructor?.name ?? 'Error',
    message: stripParams(error.message),
    stack: error.stack ? stripParams(error.stack) : undefined,
  };
  for (const key of ['code', 'query', 'constraint', 'table', 'column'] as const) {
    if (typeof source[key] === 'string') logged[key] = source[key] as string;
  }
  if (typeof source.statusCode === 'number') logged.statusCode = source.statusCode;
  if (source.cause !== undefined) logged.cause = serializeError(source.cause, depth + 1) as LoggedError;
  return logged;
}

/** The shape pino's and Fastify's `err` serializer returns. */
export function errorSerializer(error: Error): { type: string; message: string; stack: string } {
  const logged = serializeError(error) as LoggedError;
  return { ...logged, stack: logged.stack ?? '' };
}
