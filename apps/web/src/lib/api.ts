import { type Area, ERROR_CATALOGUE, type ErrorBody, type ErrorCode, isErrorBody } from '@openrecruit/shared';

export type FieldReason = { field: string; reason: string };

/** Every failed request becomes one of these, carrying the server's Chinese message and field reasons. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK_ERROR';
  readonly fields: FieldReason[];
  readonly details: ErrorBody['details'];

  constructor(
    status: number,
    body: ErrorBody | { code: 'NETWORK_ERROR'; message: string; details?: undefined },
  ) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.fields = body.details?.fields ?? [];
  }
}

/** The message to show for any failure: the server's own words when there are some. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : ERROR_CATALOGUE.INTERNAL.message;
}

// The CSRF secret of each area's session (double submit, see apps/server/src/plugins/auth.ts). It
// lives only in memory: the session response hands it over again after every page load.
const csrfTokens = new Map<Area, string>();

export function rememberCsrfToken(area: Area, token: string | null) {
  if (token) csrfTokens.set(area, token);
  else csrfTokens.delete(area);
}

/** The CSRF header for a request made outside apiRequest (a file download with progress). */
export function csrfHeader(area: Area): Record<string, string> {
  const token = csrfTokens.get(area);
  return token ? { 'x-csrf-token': token } : {};
}

// /api/auth/<area>/..., /api/<area>/...: the session cookie the server checks is the path's area.
const AREA_IN_PATH = /^\/api\/(?:auth\/)?(seeker|employer|university|ops|centre)(?:\/|$)/;

function areaOfPath(path: string): Area | undefined {
  return AREA_IN_PATH.exec(path)?.[1] as Area | undefined;
}

let onUnauthenticated: (area: Area) => void = () => {};

/**
 * lib/session registers what a 401 on a logged-in request does (forget the session, so guards
 * redirect). Returns the function that unregisters it.
 */
export function handleUnauthenticated(handler: (area: Area) => void): () => void {
  onUnauthenticated = handler;
  return () => {
    if (onUnauthenticated === handler) onUnauthenticated = () => {};
  };
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Defaults to the area named in the path. */
  area?: Area;
  signal?: AbortSignal;
  /** Extra headers, e.g. the `Idempotency-Key` of a point-moving request. */
  headers?: Record<string, string>;
};

const NETWORK_FAILURE = { code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' } as const;

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const area = options.area ?? areaOfPath(path);
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  // A FormData body (a file upload) is sent as multipart, with the boundary the browser sets.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  const csrf = area ? csrfTokens.get(area) : undefined;
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_FAILURE);
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;

  const body: ErrorBody = isErrorBody(payload)
    ? payload
    : { code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.message };
  const error = new ApiError(response.status, body);
  const isLogin = /\/login$/.test(path);
  if (area && response.status === 401 && !isLogin) onUnauthenticated(area);
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};

/** A form field's name as antd and antd-mobile spell it: 'mobile', or ['education', 0, 'school']. */
export type FieldPath = string | number | (string | number)[];

/** The server names a nested field with dots (`education.0.school`); a form names it with a path. */
export function fieldPathOf(field: string): Array<string | number> {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const fieldKey = (name: FieldPath): string => (Array.isArray(name) ? name.join('.') : String(name));

/** What antd's and antd-mobile's Form instances both offer (both are rc-field-form underneath). */
export interface FieldErrorTarget<Name extends FieldPath> {
  setFields(fields: Array<{ name: Name; errors: string[] }>): void;
}

/**
 * Puts the server's `details.fields` reasons under the form's own fields, named as the form names
 * them: 'password', or ['company', 'email'] for the server's `company.email`. Returns true when at
 * least one landed on this form; otherwise the caller shows the message as a toast.
 */
export function applyFieldErrors<const Name extends FieldPath>(
  form: FieldErrorTarget<NoInfer<Name>>,
  error: unknown,
  fieldNames: readonly Name[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Map(fieldNames.map((name) => [fieldKey(name), name]));
  const mine = error.fields.flatMap((item) => {
    const name = known.get(fieldKey(item.field));
    return name === undefined ? [] : [{ name, errors: [item.reason] }];
  });
  if (mine.length === 0) return false;
  form.setFields(mine);
  return true;
}

/** `?name=value&…` of the parameters that are set (empty strings and undefined left out), or ''. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
