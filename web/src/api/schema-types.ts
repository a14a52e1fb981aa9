import type { components, paths } from './openapi-schema.d.ts';

/** The generated schemas by name. */
export type S = components['schemas'];

/** The query parameters of a GET path. */
export type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

/**
 * A request body with the fields the server fills in when they are left out (the schema's `default`s, which the
 * generated type marks required): `Defaulted<S['CaseTransition'], 'override'>`.
 */
export type Defaulted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** Compiles only when the list names exactly the schema's values (a screen's list of statuses, actions, kinds). */
export type Exactly<List extends readonly unknown[], Values> = [Values] extends [List[number]]
  ? [List[number]] extends [Values]
    ? List
    : never
  : never;
