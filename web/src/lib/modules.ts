// The modules of Kompetensplan in menu order (design.md section 1), one page component each.
import type { Component } from 'svelte'
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
import Rapporter from '../pages/Rapporter.svelte'
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
  | 'rapporter'
  | 'import'
  | 'administration'

export interface Module {
  slug: ModuleSlug
  page: Component
}

export const modules: readonly Module[] = [
  { slug: 'oversikt', page: Oversikt },
  { slug: 'nulage', page: Nulage },
  { slug: 'kartlaggning', page: Kartlaggning },
  { slug: 'behov-och-gap', page: BehovOchGap },
  { slug: 'kompetensmal', page: Kompetensmal },
  { slug: 'riskanalys', page: Riskanalys },
  { slug: 'aktivitetsplan', page: Aktivitetsplan },
  { slug: 'personalprognos', page: Personalprognos },
  { slug: 'uppfoljning', page: Uppfoljning },
  { slug: 'successionsplanering', page: Successionsplanering },
  { slug: 'rapporter', page: Rapporter },
  { slug: 'import', page: Import },
  { slug: 'administration', page: Administration },
]

export const titleKey = (slug: ModuleSlug) => `module.${slug}.title` as const
export const introKey = (slug: ModuleSlug) => `module.${slug}.intro` as const
