// Every message file, one per page or shared part. A new page adds its file here.
import { messages as administration } from './administration'
import { messages as aktivitetsplan } from './aktivitetsplan'
import { messages as behovOchGap } from './behovOchGap'
import { messages as common } from './common'
import { messages as editor } from './editor'
import { messages as importPage } from './import'
import { messages as kartlaggning } from './kartlaggning'
import { messages as kommunstyrelsen } from './kommunstyrelsen'
import { messages as kompetensmal } from './kompetensmal'
import { messages as login } from './login'
import { messages as mapping } from './mapping'
import { messages as markdown } from './markdown'
import { messages as nulage } from './nulage'
import { messages as oversikt } from './oversikt'
import { messages as personalprognos } from './personalprognos'
import { messages as planar } from './planar'
import { messages as plantexter } from './plantexter'
import { messages as rapporter } from './rapporter'
import { messages as riskanalys } from './riskanalys'
import { messages as shell } from './shell'
import { messages as successionsplanering } from './successionsplanering'
import { messages as uppfoljning } from './uppfoljning'
import { messages as uppfoljningstillfallen } from './uppfoljningstillfallen'
import { messages as yearSpan } from './yearSpan'

/** The files by name (the vitest check reports a key defined in two of them). */
export const files = {
  administration, aktivitetsplan, behovOchGap, common, editor, import: importPage, kartlaggning, kommunstyrelsen, kompetensmal,
  login, mapping, markdown, nulage, oversikt, personalprognos, planar, plantexter, rapporter, riskanalys, shell, successionsplanering, uppfoljning,
  uppfoljningstillfallen, yearSpan,
}

export const catalogue = {
  ...administration, ...aktivitetsplan, ...behovOchGap, ...common, ...editor, ...importPage, ...kartlaggning,
  ...kommunstyrelsen, ...kompetensmal, ...login, ...mapping, ...markdown, ...nulage, ...oversikt, ...personalprognos, ...planar, ...plantexter, ...rapporter, ...riskanalys, ...shell,
  ...successionsplanering, ...uppfoljning, ...uppfoljningstillfallen, ...yearSpan,
}

export type MessageKey = keyof typeof catalogue
