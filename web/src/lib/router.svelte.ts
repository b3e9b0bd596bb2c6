// A tiny hash router: "#/riskanalys" selects the page with slug "riskanalys".
// Hashes that do not start with "#/" are ignored, so in-page anchors keep working.

export const defaultSlug = 'oversikt'

function slugFromHash(hash: string): string {
  if (!hash.startsWith('#/')) return defaultSlug
  let path = hash.slice(2)
  try {
    path = decodeURIComponent(path)
  } catch {
    // Malformed escape: keep it as is; it matches no page.
  }
  return path.split(/[/?]/)[0] || defaultSlug
}

const state = $state({ slug: slugFromHash(location.hash) })

export function currentSlug(): string {
  return state.slug
}

export function href(slug: string): string {
  return `#/${slug}`
}

window.addEventListener('hashchange', () => {
  if (location.hash === '' || location.hash.startsWith('#/')) state.slug = slugFromHash(location.hash)
})
