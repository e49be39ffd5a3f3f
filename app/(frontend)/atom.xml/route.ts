import { feedResponse } from '../_lib/feedResponse'

export const dynamic = 'force-dynamic'

export const GET = () => feedResponse('atom')
