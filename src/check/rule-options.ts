import type { $ZodIssue } from 'zod/v4/core';
import { ConfigError } from '../config/parse-config.js';
import type { Config } from '../config/schema.js';
import { z } from '../config/zod.js';

/** The options a rule takes, as a zod schema whose output the rule reads (defaults included). */
export type RuleOptionsSchema<Options> = z.ZodMiniType<Options>;

/** The options of a rule that takes none: any option given is refused. */
export const noOptions = z.strictObject({});

/** A level an option gives a kind of finding, at the rule's default level (see gradedSeverity). */
export const gradeOption = z.enum(['error', 'warning', 'info', 'off']);

/** A rule as its options are read: its id and its schema (none: it takes no options). */
export interface OptionsOwner {
  id: string;
  options?: RuleOptionsSchema<unknown>;
}

/** The option names a schema knows: for the message that refuses another one, and the rule's docs. */
export function optionNames(schema: RuleOptionsSchema<unknown>): string[] {
  const shape = (schema._zod.def as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  in?: { _zod: { def: SchemaDef } };
  defaultValue?: unknown;
}

/** An option's default as a user writes it (before any transform), read from its schema; undefined: none. */
function defaultOf(def: SchemaDef): unknown {
  if (def.type === 'default') return def.defaultValue;
  return def.type === 'pipe' && def.in ? defaultOf(def.in._zod.def) : undefined;
}

/** Each option's default as the config would spell it, by name: the rule's docs print them. */
export function optionDefaults(schema: RuleOptionsSchema<unknown>): Map<string, unknown> {
  const shape = (schema._zod.def as SchemaDef).shape ?? {};
  return new Map(Object.entries(shape).map(([name, option]) => [name, defaultOf(option._zod.def)]));
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const step of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[step] : undefined;
  return at;
}

/** One line per problem: the rule, the option, what was written and what is allowed. */
function problemOf(id: string, schema: RuleOptionsSchema<unknown>, given: unknown, issue: $ZodIssue): string {
  const where = ['rules', id, ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') {
    const names = optionNames(schema);
    const takes = names.length > 0 ? `${id} takes ${names.map((n) => `"${n}"`).join(', ')}` : `${id} takes no options`;
    return `${where}: unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (${takes})`;
  }
  const value = valueAt(given, issue.path);
  return `${where}: ${value === undefined ? 'missing' : `${JSON.stringify(value)} is not allowed`}: ${issue.message}`;
}

/**
 * Parses every configured rule's options with the rule's own schema, once per run; rules the
 * config leaves alone get their schema's defaults. Throws ConfigError (of `file`) naming each bad
 * option, its rule and what is allowed: a typo (`alow`) or a bad value must not be ignored silently.
 */
export function parseRuleOptions(config: Pick<Config, 'rules'>, rules: readonly OptionsOwner[], file = 'config'): Map<string, unknown> {
  const parsed = new Map<string, unknown>();
  const problems: string[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const given = Array.isArray(setting) ? setting[1] : {};
    const schema = rule.options ?? noOptions;
    const result = schema.safeParse(given);
    if (result.success) parsed.set(rule.id, result.data);
    else problems.push(...result.error.issues.map((issue) => problemOf(rule.id, schema, given, issue)));
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return parsed;
}
