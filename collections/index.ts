import { Articles } from './Articles'
import { AuditLog } from './AuditLog'
import { ChannelAccounts } from './ChannelAccounts'
import { Columns } from './Columns'
import { CulturalProjects } from './CulturalProjects'
import { Media } from './Media'
import { Notifications } from './Notifications'
import { SensitiveWords } from './SensitiveWords'
import { TypoCorrections } from './TypoCorrections'
import { Units } from './Units'
import { Users } from './Users'
import { Videos } from './Videos'

export const collections = [
  Articles,
  Videos,
  CulturalProjects,
  Columns,
  Media,
  ChannelAccounts,
  Units,
  Users,
  SensitiveWords,
  TypoCorrections,
  AuditLog,
  Notifications,
]
