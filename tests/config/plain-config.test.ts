import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/parse-config.js';

const problemsOf = (input: unknown): string => {
  try {
    parseConfig(input, 'l10n.config.mjs');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('parseConfig accepted the config');
};

describe('a config that is not plain data is a config error, never a crash', () => {
  it('names the field whose getter throws', () => {
    expect(
      problemsOf({
        get sourceLocale(): string {
          throw new Error('boom');
        },
      }),
    ).toContain('  - sourceLocale: reading it threw "boom"');
  });

  it('names a revoked Proxy and a Proxy whose trap throws, at their path', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(problemsOf({ build: revoked.proxy })).toMatch(
      / {2}- build: reading it threw "Cannot perform 'IsArray' on a proxy that has been revoked"/,
    );
    expect(
      problemsOf({
        ingest: {
          keys: new Proxy(
            {},
            {
              get: () => {
                throw new Error('trap');
              },
              ownKeys: () => ['Hola'],
              getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
            },
          ),
        },
      }),
    ).toContain('  - ingest.keys.Hola: reading it threw "trap"');
  });

  it('refuses a cycle instead of recursing without end', () => {
    const config: Record<string, unknown> = { sourceLocale: 'en' };
    config.build = { again: config };
    expect(problemsOf(config)).toContain('  - build.again: refers to itself');
  });

  it('reads a getter once, and a well-behaved Proxy as the data it shows', () => {
    let reads = 0;
    const config = parseConfig(
      new Proxy(
        {
          get sourceLocale(): string {
            reads += 1;
            return 'es';
          },
        },
        {},
      ),
    );
    expect(config.sourceLocale).toBe('es');
    expect(reads).toBe(1);
  });
});
