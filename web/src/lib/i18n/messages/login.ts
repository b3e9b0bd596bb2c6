// Messages of pages/Login.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'login.title': {
    sv: 'Logga in',
    en: 'Sign in',
  },
  'login.intro': {
    sv: 'Logga in med ditt användarnamn och lösenord för att arbeta med kompetensförsörjningsplanen.',
    en: 'Sign in with your user name and password to work on the competence supply plan.',
  },
  'login.expired': {
    sv: 'Du har loggats ut. Logga in igen för att fortsätta.',
    en: 'You have been signed out. Sign in again to continue.',
  },
  'login.username': {
    sv: 'Användarnamn',
    en: 'User name',
  },
  'login.password': {
    sv: 'Lösenord',
    en: 'Password',
  },
  'login.submit': {
    sv: 'Logga in',
    en: 'Sign in',
  },
} satisfies Messages
