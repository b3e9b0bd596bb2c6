// A deterministic staffing projection from the key figures (design.md section 3, Personalprognos),
// used by the Personalprognos page until the server's POST /api/v1/projections answers: the
// retirements per year come from the register (GET /figures' retirements_by_year at the chosen
// pension age), turnover leavers L_t = τ·(H_{t−1} − R_t), need D_t = D_0·(1 + g)^t, recruitment
// max(0, D_t − (H_{t−1} − R_t − L_t)), split into growth, retirements and turnover.

export interface ProjectionInput {
  startYear: number
  years: number
  headcount: number
  /** Retirements per calendar year, e.g. {"2026": 7}. */
  retirements: Record<string, number>
  /** τ as a fraction per year. */
  turnover: number
  /** Yearly growth of the need as a fraction. */
  growth: number
  /** Share of the increase covered by other solutions, as a fraction. */
  otherSolutions: number
  /** Yearly cost per FTE (monthly salary × 12 × (1 + overhead)). */
  yearlyCost: number
}

export interface ProjectionYear {
  year: number
  headcountStart: number
  retirements: number
  leavers: number
  need: number
  recruitment: number
  /** The recruitment split: growth + retirements + turnover = recruitment (when there is any). */
  fromGrowth: number
  fromRetirements: number
  fromTurnover: number
  increase: number
  costOfIncrease: number
  otherSolutions: number
}

export function projectStaffing(p: ProjectionInput): ProjectionYear[] {
  const out: ProjectionYear[] = []
  const d0 = p.headcount
  let h = p.headcount
  let previousNeed = d0
  for (let t = 1; t <= p.years; t++) {
    const year = p.startYear + t
    const r = Math.min(h, p.retirements[String(year)] ?? 0)
    const l = p.turnover * (h - r)
    const need = Math.max(0, d0 * (1 + p.growth) ** t)
    const remaining = h - r - l
    const recruitment = Math.max(0, need - remaining)
    // Split what is recruited: replace leavers first (retirements, then turnover), then growth.
    const growthPart = Math.max(0, Math.min(recruitment, need - h))
    const rest = recruitment - growthPart
    const fromRetirements = Math.min(rest, r)
    const fromTurnover = Math.max(0, rest - fromRetirements)
    const increase = need - d0
    out.push({
      year,
      headcountStart: h,
      retirements: r,
      leavers: l,
      need,
      recruitment,
      fromGrowth: growthPart,
      fromRetirements,
      fromTurnover,
      increase,
      costOfIncrease: increase * p.yearlyCost,
      otherSolutions: p.otherSolutions * Math.max(0, increase),
    })
    h = need
    previousNeed = need
  }
  void previousNeed
  return out
}

export const yearlyCost = (monthlySalary: number, overheadPercent: number) => monthlySalary * 12 * (1 + overheadPercent / 100)

/** A small seeded generator (mulberry32), so that a stochastic run is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Binomial(n, p) draw: exact for small n, normal approximation above 200. */
function binomial(n: number, p: number, random: () => number): number {
  const k = Math.round(n)
  if (k <= 0 || p <= 0) return 0
  if (k <= 200) {
    let x = 0
    for (let i = 0; i < k; i++) if (random() < p) x++
    return x
  }
  const u = Math.max(random(), 1e-12)
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
  return Math.min(k, Math.max(0, Math.round(k * p + z * Math.sqrt(k * p * (1 - p)))))
}

export interface Band {
  year: number
  p10: number
  p50: number
  p90: number
}

/** The stochastic variant: each year's leavers drawn per person (retire as registered, leave with
 *  probability τ), `runs` times; P10/P50/P90 of the recruitment per year. */
export function projectStochastic(p: ProjectionInput, runs = 500, seed = 1): Band[] {
  const random = seededRandom(seed)
  const samples: number[][] = Array.from({ length: p.years }, () => [])
  for (let run = 0; run < runs; run++) {
    let h = p.headcount
    for (let t = 1; t <= p.years; t++) {
      const r = Math.min(h, p.retirements[String(p.startYear + t)] ?? 0)
      const l = binomial(h - r, p.turnover, random)
      const need = Math.max(0, p.headcount * (1 + p.growth) ** t)
      samples[t - 1].push(Math.max(0, need - (h - r - l)))
      h = need
    }
  }
  const pick = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return samples.map((s, i) => {
    const sorted = [...s].sort((a, b) => a - b)
    return { year: p.startYear + i + 1, p10: pick(sorted, 0.1), p50: pick(sorted, 0.5), p90: pick(sorted, 0.9) }
  })
}
