import type { $ZodIssue } from 'zod/v4/core';
import { configSchema, type Config } from './schema.js';
import { plainConfig, UnreadableConfig } from './plain-config.js';
import { terminalSafe } from '../report/terminal-safe.js';

/** Raised for a config that does not validate; its message lists every problem with its path. */
export class ConfigError extends Error {
  /** The config file (or `<defaults>`), for the message. */
  readonly file: string;
  constructor(file: string, problems: string[]) {
    // Problems quote what the config holds (an unknown key, a locale): escaped, one problem per line.
    super(
      `${terminalSafe(file)}: invalid config\n${problems.map((p) => `  - ${terminalSafe(p)}`).join('\n')}\n  (see README, "Configuration")`,
    );
    this.name = 'ConfigError';
    this.file = file;
  }
}

/** What zod says of a union the value fits none of, unless the schema words it (as ruleSetting does). */
const ZOD_UNION_MESSAGE = 'Invalid input';

/**
 * The problems of a union the value fits none of, from the one option of its type (a list of
 * patterns, not a string; an object entry, not a string): what that option lacks, at its path.
 * Kept as it is where the schema words the union's message, or no option, or several, are of its type.
 */
function unionProblems(issue: $ZodIssue): $ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.message !== ZOD_UNION_MESSAGE) return [issue];
  const ofItsType = issue.errors.filter((option) => !option.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
  const [only] = ofItsType;
  if (ofItsType.length !== 1 || !only) return [issue];
  return only.flatMap((inner) => unionProblems({ ...inner, path: [...issue.path, ...inner.path] } as $ZodIssue));
}

function describeIssue(issue: $ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys')
    return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/**
 * Validates a config object and applies the schema's defaults. Pure: the caller reads the file.
 * Throws ConfigError with one line per problem, also for a getter or Proxy that throws when read.
 */
export function parseConfig(input: unknown, file = '<config>'): Config {
  let data: unknown;
  try {
    data = plainConfig(input ?? {});
  } catch (error) {
    if (error instanceof UnreadableConfig) throw new ConfigError(file, error.problems);
    throw error;
  }
  // localesDir is short for one bundles pattern: with both, one of them would silently do nothing.
  if (typeof data === 'object' && data !== null && 'localesDir' in data && 'bundles' in data)
    throw new ConfigError(file, [
      'localesDir and bundles are both set: localesDir is short for bundles: "<localesDir>/{{lng}}/{{ns}}.json"; keep only bundles',
    ]);
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(file, result.error.issues.flatMap(unionProblems).map(describeIssue));
  const config = result.data;
  // Every other locale is compared with its source: a list without it would check nothing.
  const sources = [config.sourceLocale, ...Object.values(config.namespaceSourceLocale)];
  const unlisted = config.locales ? [...new Set(sources.filter((locale) => !config.locales?.includes(locale)))] : [];
  if (unlisted.length > 0)
    throw new ConfigError(
      file,
      unlisted.map(
        (locale) =>
          `locales: lists ${config.locales?.join(', ')} but not the source locale ${locale}, which every other locale is checked against: add "${locale}"`,
      ),
    );
  // i18next takes a key for natural language only where the app gives it neither separator.
  const written = data as Record<string, unknown>;
  const given = (name: string): boolean => typeof written[name] === 'string' && written[name] !== '';
  return given('keySeparator') || given('nsSeparator') ? { ...config, separatorsGiven: true } : config;
}
