/** A nested i18next JSON v4 bundle. */
export type BundleData = Record<string, unknown>;

const isObject = (value: unknown): value is BundleData => value !== null && typeof value === 'object' && !Array.isArray(value);

function mergeInto(target: BundleData, source: BundleData): BundleData {
  const out: BundleData = { ...target };
  for (const [key, value] of Object.entries(source)) {
    // Own properties only, defined rather than assigned: `__proto__` and `constructor` are keys here.
    const existing = Object.hasOwn(out, key) ? out[key] : undefined;
    Object.defineProperty(out, key, {
      value: isObject(value) && isObject(existing) ? mergeInto(existing, value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * The bundle a browser can load without knowing the fallback chain: each key takes the
 * value of the first locale of the chain that has it (es-AR, then es, then en).
 */
export function resolveChain(chain: readonly string[], bundleOf: (locale: string) => BundleData | undefined): BundleData {
  let resolved: BundleData = {};
  for (const locale of [...chain].reverse()) {
    const data = bundleOf(locale);
    if (data) resolved = mergeInto(resolved, data);
  }
  return resolved;
}
