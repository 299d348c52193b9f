/** A part of the config that could not be read, with where it is (`build.baseUrl`) and what it threw. */
export class UnreadableConfig extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'UnreadableConfig';
    this.problems = problems;
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * The config as plain data, read once: a module config may hold getters or a Proxy that throw, or
 * that answer differently each time they are read. Every value is read here, once, and a read
 * that throws becomes a problem naming its path, so validation sees data and can only fail with
 * a message. Values other than objects and arrays are kept as they are (the schema judges them).
 */
export function plainConfig(value: unknown): unknown {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const where = (path: readonly string[]): string => (path.length > 0 ? path.join('.') : '(top level)');
  const read = <T>(path: readonly string[], get: () => T): T | undefined => {
    try {
      return get();
    } catch (error) {
      problems.push(`${where(path)}: reading it threw "${describe(error)}" (a getter or Proxy in the config; export plain data)`);
      return undefined;
    }
  };
  const copy = (node: unknown, path: string[]): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (seen.has(node)) {
      problems.push(`${where(path)}: refers to itself (a config is plain data, without cycles)`);
      return undefined;
    }
    seen.add(node);
    const object = node as Record<string, unknown>;
    const list = read(path, () => Array.isArray(object));
    const keys =
      list === undefined
        ? undefined
        : read(path, () =>
            list ? Array.from({ length: (object as unknown as unknown[]).length }, (_, index) => String(index)) : Object.keys(object),
          );
    const entries = (keys ?? []).map(
      (key) =>
        [
          key,
          copy(
            read([...path, key], () => object[key]),
            [...path, key],
          ),
        ] as const,
    );
    seen.delete(node);
    // fromEntries defines properties, so a key "__proto__" is kept as data for the schema to judge.
    return list ? entries.map(([, value]) => value) : Object.fromEntries(entries);
  };
  const data = copy(value, []);
  if (problems.length > 0) throw new UnreadableConfig(problems);
  return data;
}
