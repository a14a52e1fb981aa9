// The route table as the OpenAPI document states it, and valid values generated from its request schemas: what the
// access matrix and the input fuzz test walk, so that a new route is covered the day it is added.

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface Route {
  method: Method;
  path: string;
  op: Operation;
  /** `GET /cases/{ref}`, as rule tables match it. */
  key: string;
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: { schemas: Record<string, JsonSchema> };
}

const PATTERN_SAMPLES = ['AT', 'D', '001', 'probe.user', 'PROBE', 'probe', '', '1005-01-123-4567'];
const today = () => new Date().toISOString().slice(0, 10);

export function openApiRoutes(document: OpenApiDocument) {
  const routes: Route[] = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method as Method,
      path,
      op: op as Operation,
      key: `${method.toUpperCase()} ${path}`,
    })),
  );

  function resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const found = document.components.schemas[name];
    if (!found) throw new Error(`no schema ${schema.$ref}`);
    return resolve(found);
  }

  /** A valid value of the schema: its required fields only, each the simplest the schema allows. */
  function sample(raw: JsonSchema): unknown {
    const schema = resolve(raw);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s)));
    if (schema.oneOf ?? schema.anyOf) return sample((schema.oneOf ?? schema.anyOf)![0]!);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return schema.enum.find((v) => v !== null) ?? null;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const type = types.find((t) => t !== 'null') ?? types[0];
    switch (type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key] ?? {});
        return out;
      }
      case 'array':
        return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}));
      case 'integer':
      case 'number': {
        if (typeof schema.example === 'number') return schema.example;
        const low = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? 1);
        return Math.min(Math.max(low, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
      }
      case 'boolean':
        return false;
      case 'string': {
        if (schema.format === 'date') return today();
        if (schema.format === 'date-time') return new Date().toISOString();
        if (schema.format === 'uuid') return '00000000-0000-4000-8000-00000000abcd';
        if (schema.format === 'email') return 'probe@iops.example';
        if (typeof schema.example === 'string') return schema.example;
        if (schema.pattern) {
          const pattern = new RegExp(schema.pattern);
          const found = PATTERN_SAMPLES.find((s) => pattern.test(s));
          if (found === undefined) throw new Error(`no sample string for pattern ${schema.pattern}; add one to PATTERN_SAMPLES`);
          return found;
        }
        const min = schema.minLength ?? 0;
        return 'probe'.padEnd(Math.max(min, 5), 'x').slice(0, schema.maxLength ?? 1000);
      }
      default:
        return null;
    }
  }

  return { routes, resolve, sample };
}
