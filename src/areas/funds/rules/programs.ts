// The standard programs and authorities (shared/domain.md §9, [confirmed: SAMM App 8 program pages; CRS]).
// Anything the domain leaves open (periods of availability, how EDI money is executed) stays null for an administrator.

export const EXECUTION_CHANNELS = ['fms_case', 'bpc_case', 'direct_commercial_contract', 'drawdown', 'lease'] as const;
export type ExecutionChannel = (typeof EXECUTION_CHANNELS)[number];

/** Congressional notifications a program's transfers may need (each kind's rule lives in the notifications area). */
export const PROGRAM_NOTIFICATIONS = ['aeca_36b1', 'aeca_36c', 'fmf_cash_flow', 'faa_516f', 'aeca_62', 'section_333'] as const;
export type ProgramNotification = (typeof PROGRAM_NOTIFICATIONS)[number];

export const NOTIFICATION_LABELS: Record<ProgramNotification, string> = {
  aeca_36b1: 'AECA 36(b)(1) congressional notification (shared/domain.md §2)',
  aeca_36c: 'AECA 36(c) notification of direct commercial sales, same thresholds (22 CFR 123.15; shared/domain.md §2)',
  fmf_cash_flow: 'AECA 23(g)(1): cash-flow financing ≥ $100M to the appropriations committees (SAMM Fig C9.F3)',
  faa_516f: 'FAA 516(f) notice before EDA delivery (to verify; shared/domain.md §5)',
  aeca_62: 'AECA 62 certification of a lease of one year or longer (22 U.S.C. 2796a; shared/domain.md §6)',
  section_333: '10 U.S.C. 333(e) notice before initiating (shared/domain.md §8)',
};

export interface ProgramDefinition {
  code: string;
  name: string;
  authority: string;
  title: 10 | 22;
  /** How money under this authority reaches the partner; null = not stated by the sources, for an administrator. */
  executedThrough: ExecutionChannel | null;
  notifications: readonly ProgramNotification[];
  /** Cap on the authority per fiscal year, in cents; null = none recorded. */
  annualCapCents: number | null;
  source: string;
}

const SAMM = 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]';

export const STANDARD_PROGRAMS: readonly ProgramDefinition[] = [
  {
    code: 'FMS',
    name: 'Foreign Military Sales (national funds)',
    authority: 'AECA 21–22',
    title: 22,
    executedThrough: 'fms_case',
    notifications: ['aeca_36b1'],
    annualCapCents: null,
    source: SAMM,
  },
  {
    code: 'FMF',
    name: 'Foreign Military Financing (grant/loan)',
    authority: 'AECA 23',
    title: 22,
    executedThrough: 'fms_case',
    notifications: ['aeca_36b1', 'fmf_cash_flow'],
    annualCapCents: null,
    source: SAMM,
  },
  {
    code: 'FMF-DCC',
    name: 'FMF for Direct Commercial Contracts',
    authority: 'AECA 23',
    title: 22,
    executedThrough: 'direct_commercial_contract',
    notifications: ['aeca_36c'],
    annualCapCents: null,
    source: `${SAMM}; FMF/DCC guidelines (shared/domain.md §0)`,
  },
  {
    code: 'PDA-506A1',
    name: 'Presidential Drawdown, FAA 506(a)(1)',
    authority: 'FAA 506(a)(1)',
    title: 22,
    executedThrough: 'drawdown',
    notifications: [],
    annualCapCents: 100_000_000 * 100,
    source: `${SAMM}; $100M per fiscal year cap`,
  },
  {
    code: 'PDA-506A2',
    name: 'Presidential Drawdown, FAA 506(a)(2)',
    authority: 'FAA 506(a)(2)',
    title: 22,
    executedThrough: 'drawdown',
    notifications: [],
    annualCapCents: null,
    source: SAMM,
  },
  {
    code: 'EDA',
    name: 'Excess Defense Articles',
    authority: 'FAA 516, AECA 21',
    title: 22,
    executedThrough: 'fms_case',
    notifications: ['faa_516f'],
    annualCapCents: null,
    source: `${SAMM}; 22 U.S.C. 2321j (shared/domain.md §5)`,
  },
  {
    code: 'LEASE',
    name: 'Leases',
    authority: 'AECA 61–62',
    title: 22,
    executedThrough: 'lease',
    notifications: ['aeca_62'],
    annualCapCents: null,
    source: `${SAMM}; 22 U.S.C. 2796 (shared/domain.md §6)`,
  },
  {
    code: 'SDAF',
    name: 'Special Defense Acquisition Fund',
    authority: 'AECA 51 (22 U.S.C. 2795)',
    title: 22,
    executedThrough: 'fms_case',
    notifications: [],
    annualCapCents: null,
    source: `${SAMM}; the buyer pays on its FMS case (shared/domain.md §7)`,
  },
  {
    code: 'SEC333',
    name: 'Section 333 building partner capacity',
    authority: '10 U.S.C. 333',
    title: 10,
    executedThrough: 'bpc_case',
    notifications: ['section_333'],
    annualCapCents: null,
    source: `${SAMM}; BPC pseudo-LOA, the authority is the funding source (SAMM App 6 note; shared/domain.md §8)`,
  },
  {
    code: 'USAI',
    name: 'Ukraine Security Assistance Initiative',
    authority: 'FY16 NDAA §1250 (P.L. 114-92), as amended',
    title: 10,
    executedThrough: 'bpc_case',
    notifications: [],
    annualCapCents: null,
    source: `${SAMM}; executed on BPC LOAs`,
  },
  {
    code: 'ITEF',
    name: 'Iraq Train and Equip Fund',
    authority: 'FY15 NDAA (P.L. 113-291) §1236',
    title: 10,
    executedThrough: 'bpc_case',
    notifications: [],
    annualCapCents: null,
    source: `${SAMM}; BPC program code V5 (DSCA 16-04; shared/domain.md §1)`,
  },
  {
    code: 'SYRIA-TE',
    name: 'Syria Train and Equip',
    authority: 'FY15 NDAA (P.L. 113-291) §1209',
    title: 10,
    executedThrough: 'bpc_case',
    notifications: [],
    annualCapCents: null,
    source: `${SAMM}; BPC program code W9 (DSCA 16-74; shared/domain.md §1)`,
  },
  {
    code: 'CTEF',
    name: 'Counter-ISIL Train and Equip Fund',
    authority: 'CTEF (FY15 NDAA (P.L. 113-291) §1236, §1209)',
    title: 10,
    executedThrough: 'bpc_case',
    notifications: [],
    annualCapCents: null,
    source: `${SAMM}; BPC program codes LW/LZ, CTEF-Lebanon (DSCA 25-61; shared/domain.md §1)`,
  },
  {
    code: 'EDI',
    name: 'European Reassurance Initiative / European Deterrence Initiative',
    authority: 'DoD appropriations from FY15; renamed EDI in FY17',
    title: 10,
    executedThrough: null,
    notifications: [],
    annualCapCents: null,
    source: SAMM,
  },
];
