// The one way the portal talks to the server: JSON over fetch with the session cookie, the CSRF
// header on every state-changing call, and the server's error envelope turned into ApiError.

/** An error the server answered with: a stable `code` and a message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path: string; message?: string; code?: string }[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let lang: 'ru' | 'en' = 'ru';

/** Set by the session provider after every session read (login rotates it). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Set by the language provider: the server answers errors in this language. */
export function setApiLang(value: 'ru' | 'en'): void {
  lang = value;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Sends one request; resolves to the parsed JSON (or null for 204), rejects with ApiError. */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { 'Accept-Language': lang, ...options.headers };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(payload !== undefined ? { body: payload } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', lang === 'en' ? 'The server cannot be reached' : 'Сервер недоступен');
  }
  if (res.status === 204) return null as T;
  const text = await res.text();
  const json = text ? safeParse(text) : null;
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; details?: [] } } | null)?.error;
    throw new ApiError(
      res.status,
      e?.code ?? 'http.error',
      e?.message ?? `HTTP ${res.status}`,
      e?.details ?? [],
    );
  }
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body, options),
  del: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};

/** Query-string from an object, skipping empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
