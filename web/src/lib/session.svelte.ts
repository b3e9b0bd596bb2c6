// Who is signed in and what they may do: GET/POST/DELETE /api/v1/session. The permissions per
// module decide which pages the menu shows and where write controls appear.
import { api, ApiError, onUnauthorized, setCsrfToken } from './api'

export type PermissionModule =
  | 'organisation' | 'categories' | 'register' | 'inventory' | 'need' | 'risks' | 'activities'
  | 'followup' | 'projection' | 'succession' | 'imports' | 'users' | 'audit' | 'reports'

export interface SessionUser {
  name: string
  role: string
  role_label: string
  unit: string | null
}

/** @schema Session */
export interface SessionInfo {
  user: SessionUser
  permissions: Partial<Record<PermissionModule, { read: boolean; write: boolean }>>
  csrf_token: string
}

export const session = $state({
  /** 'loading' until GET /session answered; then 'signed-in' or 'signed-out'. */
  status: 'loading' as 'loading' | 'signed-in' | 'signed-out',
  info: null as SessionInfo | null,
  /** Set when a request found the session expired. */
  expired: false,
})

function apply(info: SessionInfo | null): void {
  session.info = info
  session.status = info ? 'signed-in' : 'signed-out'
  setCsrfToken(info?.csrf_token ?? '')
}

onUnauthorized(() => {
  if (session.status === 'signed-in') {
    session.expired = true
    apply(null)
  }
})

export async function loadSession(): Promise<void> {
  try {
    apply(await api.get<SessionInfo>('session'))
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) apply(null)
    else {
      apply(null)
      throw error
    }
  }
}

export async function signIn(username: string, password: string): Promise<void> {
  const info = await api.post<SessionInfo>('session', { username, password })
  session.expired = false
  apply(info)
}

export async function signOut(): Promise<void> {
  try {
    await api.del('session')
  } finally {
    apply(null)
  }
}

export function canRead(module: PermissionModule | null): boolean {
  if (module === null) return session.status === 'signed-in'
  return session.info?.permissions[module]?.read ?? false
}

export function canWrite(module: PermissionModule): boolean {
  return session.info?.permissions[module]?.write ?? false
}
