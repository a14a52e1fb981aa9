import { z } from '@hono/zod-openapi';

// Response schemas of the portfolio API. Amounts are integer cents; every figure carries the web path of its records.

export const figureView = z
  .object({
    key: z.string().openapi({ example: 'cases.open' }),
    label: z.string(),
    group: z.string().nullable(),
    count: z.number().int().nullable(),
    cents: z.number().int().nullable(),
    link: z.string(),
    risk: z.enum(['overdue', 'expiring']).nullable(),
  })
  .openapi('PortfolioFigure');

export const sectionView = z
  .object({ id: z.string(), area: z.string(), label: z.string(), figures: z.array(figureView) })
  .openapi('PortfolioSection');

const deadlineView = z.object({
  id: z.string(),
  area: z.string(),
  kind: z.string(),
  title: z.string(),
  dueDate: z.string(),
  partnerCode: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  link: z.string(),
  source: z.string(),
  overdue: z.boolean(),
  daysLeft: z.number().int(),
});

export const portfolioView = z
  .object({
    partner: z.object({ code: z.string(), name: z.string(), region: z.string().nullable() }),
    asOf: z.string(),
    sections: z.array(sectionView),
    deadlines: z.array(deadlineView),
    timeline: z.array(
      z.object({ date: z.string(), kind: z.enum(['milestone', 'deadline']), title: z.string(), link: z.string(), overdue: z.boolean() }),
    ),
    activity: z.array(
      z.object({
        seq: z.number().int(),
        at: z.string(),
        actorName: z.string(),
        action: z.string(),
        entityType: z.string(),
        entityId: z.string(),
        link: z.string().nullable(),
      }),
    ),
  })
  .openapi('Portfolio');

export const portfolioCaseListView = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        identifier: z.string(),
        partnerCode: z.string(),
        partnerName: z.string(),
        type: z.string(),
        title: z.string(),
        status: z.string(),
        fundingSources: z.array(z.string()),
        totalCents: z.number().int(),
        updatedAt: z.string(),
        withheld: z.boolean(),
      }),
    ),
    total: z.number().int(),
    totalCents: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('PortfolioCaseList');

const cellView = z.object({
  partnerCode: z.string(),
  count: z.number().int().nullable(),
  cents: z.number().int().nullable(),
  link: z.string().nullable().openapi({ description: 'The records behind the figure; null when the partner has none (shown as zero)' }),
  risk: z.enum(['overdue', 'expiring']).nullable(),
});

export const sideBySideView = z
  .object({
    asOf: z.string(),
    partners: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        activity: z.number().int().openapi({ description: 'Audit records in the last 30 days' }),
      }),
    ),
    sections: z.array(
      z.object({
        id: z.string(),
        area: z.string(),
        label: z.string(),
        rows: z.array(
          z.object({
            key: z.string().openapi({ example: 'cases.open' }),
            label: z.string(),
            group: z.string().nullable(),
            cells: z.array(cellView).openapi({ description: 'One per partner, in the order of `partners`' }),
            total: z
              .object({ count: z.number().int().nullable(), cents: z.number().int().nullable() })
              .openapi({ description: 'Sum of the cells; null for a measure the row does not have' }),
          }),
        ),
      }),
    ),
    totals: z.object({ activity: z.number().int() }),
  })
  .openapi('PortfolioSideBySide');

const ranks = z.object({ value: z.number().int(), risk: z.number().int(), activity: z.number().int() });
export const overviewView = z
  .object({
    asOf: z.string(),
    figuresAt: z.string().openapi({ description: 'When these figures were computed (they are reused for up to 30 seconds)' }),
    sort: z.enum(['value', 'risk', 'activity']),
    totals: z.object({
      partners: z.number().int(),
      valueCents: z.number().int(),
      openCases: z.number().int(),
      availableCents: z.number().int(),
      obligatedCents: z.number().int(),
      expiringCents: z.number().int(),
      overdue: z.number().int(),
      activity: z.number().int(),
    }),
    partners: z.array(
      z.object({
        partnerCode: z.string(),
        name: z.string(),
        valueCents: z.number().int(),
        openCases: z.number().int(),
        availableCents: z.number().int(),
        obligatedCents: z.number().int(),
        expiringCents: z.number().int(),
        overdue: z.number().int(),
        activity: z.number().int(),
        ranks,
      }),
    ),
  })
  .openapi('PortfolioOverview');
