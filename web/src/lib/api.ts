// The JSON API client: one place for the session's CSRF token, the UI language, versions
// (If-Match) and errors. Every request is relative to the page, so the app works wherever the
// server mounts it.

export interface ApiErrorBody {
  code?: string
  message?: string
  field?: string
  location?: Record<string, unknown>
  [key: string]: unknown
}

/** An error answer of the API, with the server's (Swedish or English) message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly body?: ApiErrorBody,
  ) {
    super(message)
  }
  /** 412: someone else saved the record since it was read. */
  get isConflict(): boolean {
    return this.status === 412
  }
}

export interface ListResult<T> {
  items: T[]
  total: number
  limit: number
  offset: number
}

export type Query = Record<string, string | number | boolean | null | undefined>

const config = { csrf: '', language: 'sv', onUnauthorized: (): void => {} }

export function setCsrfToken(token: string): void {
  config.csrf = token
}
export function setApiLanguage(language: string): void {
  config.language = language
}
/** Called when the server answers 401 on a request other than sign-in (the session expired). */
export function onUnauthorized(handler: () => void): void {
  config.onUnauthorized = handler
}

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const qs = params.toString()
  return `api/v1/${path.replace(/^\//, '')}${qs ? `?${qs}` : ''}`
}

interface RequestOptions {
  query?: Query
  body?: unknown
  version?: number
  form?: FormData
  signal?: AbortSignal
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': config.language }
  if (method !== 'GET' && config.csrf) headers['X-CSRF-Token'] = config.csrf
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  let response: Response
  try {
    response = await fetch(apiUrl(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, 'network', config.language === 'en' ? 'The server cannot be reached.' : 'Servern går inte att nå.')
  }
  const text = await response.text()
  let data: unknown = null
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = null
    }
  }
  if (!response.ok) {
    const err = ((data as { error?: ApiErrorBody } | null)?.error ?? {}) as ApiErrorBody
    if (response.status === 401 && path !== 'session') config.onUnauthorized()
    throw new ApiError(response.status, err.code ?? `http_${response.status}`, err.message ?? `HTTP ${response.status}`, err.field, err)
  }
  return data as T
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', path, { body, query }),
  put: <T>(path: string, body: unknown, options: { query?: Query; version?: number } = {}) =>
    request<T>('PUT', path, { body, ...options }),
  patch: <T>(path: string, body: unknown, options: { query?: Query; version?: number } = {}) =>
    request<T>('PATCH', path, { body, ...options }),
  del: <T>(path: string, options: { query?: Query; version?: number } = {}) => request<T>('DELETE', path, options),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
}

/** The message to show for an error of any kind. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.field ? `${error.message} (${error.field})` : error.message
  if (error instanceof Error) return error.message
  return String(error)
}
