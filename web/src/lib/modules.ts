// The modules of Kompetensplan in menu order (design.md section 1), one page component each, with
// the permission (GET /api/v1/session's permissions) that lets a user see it.
import type { Component } from 'svelte'
import type { PermissionModule } from './session.svelte'
import Oversikt from '../pages/Oversikt.svelte'
import Nulage from '../pages/Nulage.svelte'
import Kartlaggning from '../pages/Kartlaggning.svelte'
import BehovOchGap from '../pages/BehovOchGap.svelte'
import Kompetensmal from '../pages/Kompetensmal.svelte'
import Riskanalys from '../pages/Riskanalys.svelte'
import Aktivitetsplan from '../pages/Aktivitetsplan.svelte'
import Personalprognos from '../pages/Personalprognos.svelte'
import Uppfoljning from '../pages/Uppfoljning.svelte'
import Successionsplanering from '../pages/Successionsplanering.svelte'
import Planar from '../pages/Planar.svelte'
import Plantexter from '../pages/Plantexter.svelte'
import Rapporter from '../pages/Rapporter.svelte'
import Kommunstyrelsen from '../pages/Kommunstyrelsen.svelte'
import Import from '../pages/Import.svelte'
import Administration from '../pages/Administration.svelte'

export type ModuleSlug =
  | 'oversikt'
  | 'nulage'
  | 'kartlaggning'
  | 'behov-och-gap'
  | 'kompetensmal'
  | 'riskanalys'
  | 'aktivitetsplan'
  | 'personalprognos'
  | 'uppfoljning'
  | 'successionsplanering'
  | 'planar'
  | 'plantexter'
  | 'rapporter'
  | 'kommunstyrelsen'
  | 'import'
  | 'administration'

export interface Module {
  slug: ModuleSlug
  page: Component
  /** The permission needed to see the page; null: every signed-in user. */
  permission: PermissionModule | null
}

export const modules: readonly Module[] = [
  { slug: 'oversikt', page: Oversikt, permission: null },
  { slug: 'nulage', page: Nulage, permission: 'register' },
  { slug: 'kartlaggning', page: Kartlaggning, permission: 'inventory' },
  { slug: 'behov-och-gap', page: BehovOchGap, permission: 'need' },
  { slug: 'kompetensmal', page: Kompetensmal, permission: 'need' },
  { slug: 'riskanalys', page: Riskanalys, permission: 'risks' },
  { slug: 'aktivitetsplan', page: Aktivitetsplan, permission: 'activities' },
  { slug: 'personalprognos', page: Personalprognos, permission: 'projection' },
  { slug: 'uppfoljning', page: Uppfoljning, permission: 'followup' },
  { slug: 'successionsplanering', page: Successionsplanering, permission: 'succession' },
  { slug: 'planar', page: Planar, permission: 'categories' },
  { slug: 'plantexter', page: Plantexter, permission: 'need' },
  { slug: 'rapporter', page: Rapporter, permission: 'reports' },
  // For the whole kommun: not a chef's (App.svelte hides it from them; the API answers 403).
  { slug: 'kommunstyrelsen', page: Kommunstyrelsen, permission: 'reports' },
  { slug: 'import', page: Import, permission: 'imports' },
  { slug: 'administration', page: Administration, permission: 'users' },
]

export const titleKey = (slug: ModuleSlug) => `module.${slug}.title` as const
export const introKey = (slug: ModuleSlug) => `module.${slug}.intro` as const
