import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { listSort } from './list-sort.ts';

const sorting = listSort(['identifier', 'amount', 'date'], { default: 'date', descendingFirst: ['amount', 'date'] });
const query = z.object(sorting.query);
const columns = { identifier: sql`t.identifier`, amount: sql`t.amount_cents`, date: sql`t.on_date` };
const rendered = (order: ReturnType<typeof sorting.orderBy>) => new PgDialect().sqlToQuery(sql.join(order, sql`, `)).sql;

describe('listSort', () => {
  it('takes a known key and direction, defaults the key and leaves the direction to the key', () => {
    expect(query.parse({})).toEqual({ sort: 'date' });
    expect(query.parse({ sort: 'identifier', dir: 'desc' })).toEqual({ sort: 'identifier', dir: 'desc' });
  });

  it('refuses an unknown key or direction, naming the field', () => {
    expect(query.safeParse({ sort: 'password' }).error?.issues[0]?.path).toEqual(['sort']);
    expect(query.safeParse({ sort: 'amount', dir: 'up' }).error?.issues[0]?.path).toEqual(['dir']);
  });

  it('sorts dates and amounts largest first and text A–Z unless told, empty values last, then by the tie-breakers', () => {
    expect(rendered(sorting.orderBy(columns, { sort: 'amount' }, sql`t.identifier`, sql`t.id`))).toBe(
      't.amount_cents desc nulls last, t.identifier asc, t.id asc',
    );
    expect(rendered(sorting.orderBy(columns, { sort: 'identifier' }, sql`t.id`))).toBe('t.identifier asc nulls last, t.id asc');
    expect(rendered(sorting.orderBy(columns, { sort: 'date', dir: 'asc' }, sql`t.id`))).toBe('t.on_date asc nulls last, t.id asc');
  });
});
