import { formatISO, parseISO, subDays } from 'date-fns';
// 10 U.S.C. 333(e): notice to the appropriate committees before initiating a program; 15 days is to verify (shared/domain.md §8).

export const SECTION_333_NOTICE = {
  daysBefore: 15,
  source: '10 U.S.C. 333(e) — notice before initiating assistance; 15-day lead to verify (shared/domain.md §8)',
  verified: false,
  /** What the notice must name (10 U.S.C. 333(e), confirmed). */
  contents: [
    'the recipient unit',
    'its absorptive capacity',
    'cost',
    'timeline and delivery schedule',
    'sustainment',
    'assistance in the prior three years',
    'links to theater campaign plans',
  ],
} as const;

export interface Section333Notice {
  required: true;
  /** Latest date the notice can reach the committees for the program to start on `startDate`. */
  noticeBy: string;
  daysBefore: number;
  contents: readonly string[];
  source: string;
  verified: boolean;
}

export function section333Notice(startDate: string): Section333Notice {
  return {
    required: true,
    noticeBy: formatISO(subDays(parseISO(startDate), SECTION_333_NOTICE.daysBefore), { representation: 'date' }),
    daysBefore: SECTION_333_NOTICE.daysBefore,
    contents: SECTION_333_NOTICE.contents,
    source: SECTION_333_NOTICE.source,
    verified: SECTION_333_NOTICE.verified,
  };
}
