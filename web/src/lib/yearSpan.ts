// A goal's, an activity's or a succession entry's plan years (the server's core/year_span.hpp):
// the year it was written for and, when it goes on, the last plan year it belongs to. A record
// carried on stays one record; a later plan shows it as "fortsätter från 2024".

/** The form's fields: `through_year` '' for the first year only. */
export interface YearSpanForm {
  year: number
  through_year: string
}

export interface YearSpanned {
  year: number
  through_year: number | null
}

/** A new record belongs to the plan year being worked on. */
export const blankSpan = (planYear: number): YearSpanForm => ({ year: planYear, through_year: '' })

export const spanForm = (r: YearSpanned): YearSpanForm => ({
  year: r.year,
  through_year: r.through_year != null && r.through_year !== r.year ? String(r.through_year) : '',
})

export const spanBody = (f: YearSpanForm): YearSpanned => ({
  year: f.year,
  through_year: f.through_year ? Number(f.through_year) : null,
})

/** The year it began in, when that is before the plan year shown; otherwise null. */
export const continuesFrom = (r: YearSpanned, planYear: number): number | null => (r.year < planYear ? r.year : null)

/** The last years a record of `year` may go on to: the next five. */
export const throughChoices = (year: number): number[] => Array.from({ length: 5 }, (_, i) => year + 1 + i)
