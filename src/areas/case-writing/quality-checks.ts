// Case Writing Division's automated LOA quality checks: each a pure rule with an id, a severity and its source.
import {
  administrativeSurcharge,
  caseTotals,
  type FindingSeverity,
  isBpc,
  type LoaChecker,
  type LoaFinding,
  type LoaSnapshot,
} from '../cases/public.ts';

export type Severity = FindingSeverity;
export type Finding = LoaFinding;

export interface QualityCheck {
  id: string;
  severity: Severity;
  title: string;
  source: string;
  run(loa: LoaSnapshot, asOf: string): string[] | { lineNumber: string; message: string }[];
}

const perLine = (loa: LoaSnapshot, test: (line: LoaSnapshot['lines'][number]) => string | null) =>
  loa.lines.flatMap((line) => {
    const message = test(line);
    return message ? [{ lineNumber: line.lineNumber, message }] : [];
  });

export const QUALITY_CHECKS: readonly QualityCheck[] = [
  {
    id: 'lines-present',
    severity: 'blocking',
    title: 'The LOA has at least one line',
    source: 'SAMM C5 (LOA lines describe the articles and services offered)',
    run: (loa) => (loa.lines.length === 0 ? ['The LOA has no lines'] : []),
  },
  {
    id: 'line-numbers-unique',
    severity: 'blocking',
    title: 'Line numbers are three digits and unique',
    source: 'LOA Standardization Guide (line numbering 001, 002, …)',
    run: (loa) => {
      const seen = new Set<string>();
      return perLine(loa, (line) => {
        if (!/^\d{3}$/.test(line.lineNumber)) return `Line number "${line.lineNumber}" is not three digits`;
        if (seen.has(line.lineNumber)) return `Line number ${line.lineNumber} is used twice`;
        seen.add(line.lineNumber);
        return null;
      });
    },
  },
  {
    id: 'line-description',
    severity: 'blocking',
    title: 'Every line has a description',
    source: 'SAMM Fig C5.F24 (each line carries its MASL item description)',
    run: (loa) => perLine(loa, (line) => (line.description.trim() ? null : 'The line has no description')),
  },
  {
    id: 'line-quantity',
    severity: 'blocking',
    title: 'Every line of a defined order has a quantity above zero',
    source: 'SAMM C5 (defined order cases list quantities; blanket orders need not)',
    run: (loa) =>
      loa.caseType === 'blanket_order' ? [] : perLine(loa, (line) => (line.quantity > 0 ? null : 'The quantity must be above zero')),
  },
  {
    id: 'line-cost',
    severity: 'blocking',
    title: 'Every line has a cost',
    source: 'SAMM C9 (every line is priced)',
    run: (loa) => perLine(loa, (line) => (line.unitCostCents > 0 ? null : 'The line has no cost')),
  },
  {
    id: 'masl-format',
    severity: 'warning',
    title: 'MASL generic code has 3 characters and MASL number 13',
    source: 'SAMM Fig C5.F24',
    run: (loa) =>
      perLine(loa, (line) =>
        line.maslGenericCode.length === 3 && line.maslNumber.length === 13
          ? null
          : `MASL ${line.maslGenericCode}/${line.maslNumber} is not a 3-character generic code and a 13-character number`,
      ),
  },
  {
    id: 'mde-is-sme',
    severity: 'blocking',
    title: 'Major Defense Equipment is also marked Significant Military Equipment',
    source: 'AECA 47(6), 22 U.S.C. 2794(6): MDE is SME with nonrecurring R&D over $50M or production over $200M',
    run: (loa) => perLine(loa, (line) => (line.mde && !line.sme ? 'The line is MDE but not marked SME' : null)),
  },
  {
    id: 'program-of-record',
    severity: 'warning',
    title: 'Every line says whether it is a program of record or NPOR, and an NPOR line its NPOR type',
    source: 'DSCA 21-50 (program of record / non-program of record on every LOA line, with the NPOR type)',
    run: (loa) =>
      perLine(loa, (line) => {
        if (line.programOfRecord === null || line.programOfRecord === undefined)
          return 'The line does not say whether it is a program of record or NPOR';
        if (line.programOfRecord === false && !line.nporType) return 'The NPOR line has no NPOR type';
        return null;
      }),
  },
  {
    id: 'mde-consistent',
    severity: 'blocking',
    title: 'Lines with the same MASL number carry the same MDE flag',
    source: 'SAMM Fig C5.F24 (the MDE indicator belongs to the MASL record)',
    run: (loa) => {
      const flags = new Map<string, Set<boolean>>();
      for (const line of loa.lines) flags.set(line.maslNumber, (flags.get(line.maslNumber) ?? new Set()).add(line.mde));
      return perLine(loa, (line) =>
        (flags.get(line.maslNumber)?.size ?? 0) > 1 ? `MASL ${line.maslNumber} is MDE on some lines and not on others` : null,
      );
    },
  },
  {
    id: 'eeum-note',
    severity: 'blocking',
    title: 'An LOA with EEUM-designated items carries the EEUM note',
    source: 'AECA 40A; LOA note on Enhanced End-Use Monitoring (shared/domain.md §4)',
    run: (loa) =>
      loa.lines.some((l) => l.eeum) && !loa.notes.some((n) => n.code === 'EEUM')
        ? ['EEUM items are on the LOA but the EEUM note is missing']
        : [],
  },
  {
    id: 'accessorial-note',
    severity: 'blocking',
    title: 'An LOA with accessorial charges carries the accessorial charges note',
    source: 'SAMM C9.5 / LOA note "Accessorial Charges": mandatory for FMS and BPC LOAs that include accessorial charges',
    run: (loa) =>
      loa.accessorialCents > 0 && !loa.notes.some((n) => n.code === 'ACCESSORIAL')
        ? ['Accessorial charges are on the LOA but the accessorial charges note is missing']
        : [],
  },
  {
    id: 'surcharge-rate',
    severity: 'blocking',
    title: 'The administrative surcharge rate is the one in force on the acceptance date',
    source: 'DSCA 18-27, 18-48, 12-47, 06-14, 20-47; SAMM Table C9.T4',
    run: (loa, asOf) => {
      const date = loa.acceptedOn ?? loa.offerDate ?? asOf;
      const expected = administrativeSurcharge(isBpc(loa.caseType), date).basisPoints;
      return expected === loa.surchargeBasisPoints
        ? []
        : [`The surcharge is ${loa.surchargeBasisPoints / 100}% but ${expected / 100}% is in force on ${date}`];
    },
  },
  {
    id: 'offer-expiration',
    severity: 'blocking',
    title: 'An offered LOA has an offer expiration date after the offer date',
    source: 'LOA Standardization Guide §4; DSCA 12-08',
    run: (loa) => {
      if (!loa.offerDate) return [];
      if (!loa.offerExpirationDate) return ['The LOA has an offer date but no offer expiration date'];
      return loa.offerExpirationDate > loa.offerDate
        ? []
        : [`The offer expiration date ${loa.offerExpirationDate} is not after the offer date ${loa.offerDate}`];
    },
  },
  {
    id: 'payment-schedule',
    severity: 'blocking',
    title: 'The payment schedule sums to the case value',
    source: 'SAMM C9 (the LOA payment schedule covers the total case value)',
    run: (loa) => {
      if (loa.paymentSchedule.length === 0) return ['The LOA has no payment schedule'];
      const scheduled = loa.paymentSchedule.reduce((sum, p) => sum + p.amountCents, 0);
      const total = caseTotals(loa.lines, loa.accessorialCents, loa.surchargeBasisPoints).totalCents;
      return scheduled === total ? [] : [`The payment schedule sums to ${scheduled / 100} but the case value is ${total / 100}`];
    },
  },
  {
    id: 'totals',
    severity: 'blocking',
    title: 'The stored case value equals lines + accessorials + surcharge',
    source: 'SAMM Table C9.T4 (surcharge below the line on applicable line items)',
    run: (loa) => {
      const total = caseTotals(loa.lines, loa.accessorialCents, loa.surchargeBasisPoints).totalCents;
      return total === loa.storedTotalCents
        ? []
        : [`The stored case value ${loa.storedTotalCents / 100} differs from the computed ${total / 100}`];
    },
  },
];

/** Runs every check; an empty list means the LOA is clean. */
export function runQualityChecks(loa: LoaSnapshot, asOf: string, checks: readonly QualityCheck[] = QUALITY_CHECKS): Finding[] {
  return checks.flatMap((check) =>
    check
      .run(loa, asOf)
      .map((result) =>
        typeof result === 'string'
          ? { check: check.id, severity: check.severity, message: result, source: check.source }
          : { check: check.id, severity: check.severity, message: result.message, source: check.source, lineNumber: result.lineNumber },
      ),
  );
}

export const hasBlocking = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'blocking');

/** The checks as the cases area runs them (wired as `loa-checks`): the case page, approval, issue of a revision. */
export const loaQualityChecker: LoaChecker = { run: (snapshot, asOf) => runQualityChecks(snapshot, asOf) };
