import fc from 'fast-check';
import { expect, it } from 'vitest';
import { referencedKey, referencedNamespace } from '../../src/bundles/reference-target.js';

const separator = fc.constantFrom(':', '::', '|');

it('reads a prefixed reference as its namespace and the rest of the key, whatever the options say', () => {
  fc.assert(
    fc.property(
      separator,
      fc.string({ minLength: 1 }),
      fc.string(),
      fc.option(fc.string(), { nil: undefined }),
      (sep, namespace, key, ns) => {
        fc.pre(!namespace.includes(sep) && !namespace.includes(sep[0] as string));
        const ref = { key: `${namespace}${sep}${key}`, namespace: ns };
        expect(referencedNamespace(ref, 'own', sep)).toBe(namespace);
        expect(referencedKey(ref.key, sep)).toBe(key);
      },
    ),
  );
});

it("reads a reference without a prefix (or with the separator off, or leading) in the options' namespace, else the message's own", () => {
  fc.assert(
    fc.property(separator, fc.string(), fc.option(fc.string(), { nil: undefined }), fc.boolean(), (sep, key, ns, off) => {
      const written = off ? key : key.startsWith(sep) ? key : key.split(sep).join('');
      fc.pre(off || written.indexOf(sep) <= 0);
      const separatorOption = off ? false : sep;
      expect(referencedNamespace({ key: written, namespace: ns }, 'own', separatorOption)).toBe(ns ?? 'own');
      expect(referencedKey(written, separatorOption)).toBe(written);
    }),
  );
});
