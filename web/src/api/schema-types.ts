import type { components, paths } from './openapi-schema.d.ts';

/** The generated schemas by name. */
export type S = components['schemas'];

type SuccessCode = 200 | 201 | 202 | 204;

/** What an operation answers on success, exactly as generated: its JSON, or undefined (204 and other bodies). */
export type Success<Operation> = Operation extends { responses: infer R }
  ? {
      [C in keyof R & SuccessCode]: R[C] extends { content: { 'application/json': infer Json } } ? Json : undefined;
    }[keyof R & SuccessCode]
  : never;

/** What a path answers to a method, for an answer the schema does not name: `Answered<'/lors', 'get'>`. */
export type Answered<P extends keyof paths, M extends keyof paths[P]> = Success<paths[P][M]>;

/** The JSON body a path takes for a method, for a body the schema does not name: `Body<'/deliveries/shipments', 'post'>`. */
export type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

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
