// Messages of components/YearSpanField.svelte and the "fortsätter från" note of the lists.
import type { Messages } from '../types'

export const messages = {
  'yearSpan.through': { sv: 'Gäller till och med planår', en: 'Goes on through plan year' },
  'yearSpan.only': { sv: 'Bara {year}', en: '{year} only' },
  'yearSpan.help': {
    sv: 'Skrivs för planår {year}. Välj ett senare år om den fortsätter; den kommer då med i de årens plan.',
    en: 'Written for plan year {year}. Choose a later year if it goes on; it is then part of those years’ plans.',
  },
  'yearSpan.continues': { sv: 'Fortsätter från {year}', en: 'Continues from {year}' },
} satisfies Messages
