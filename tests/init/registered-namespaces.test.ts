import { describe, expect, it } from 'vitest';
import { registeredNamespaces } from '../../src/init/registered-namespaces.js';

const read = (text: string) => registeredNamespaces(['src/i18n.js'], new Map([['src/i18n.js', text]]));

describe('registeredNamespaces', () => {
  it('reads a JSON import registered as a namespace the setup names, bare or through a call', () => {
    const text = [
      "import en from './lang/en.json';",
      "const enServices = require('./services/en.json');",
      "i18n.init({ ns: ['common', 'services'], defaultNS: 'common', resources: { en: { common: en, 'services': flat(enServices) } } });",
    ].join('\n');
    expect(read(text)).toEqual([
      { file: 'src/lang/en.json', namespace: 'common', setup: 'src/i18n.js' },
      { file: 'src/services/en.json', namespace: 'services', setup: 'src/i18n.js' },
    ]);
  });

  it('reads no property the setup does not name as a namespace, and no file registered as two', () => {
    const unnamed = "import en from './lang/en.json';\nconst messages = { en: { common: en } };\n";
    expect(read(unnamed)).toEqual([]);
    const twice = "import en from './lang/en.json';\ni18n.init({ ns: ['a', 'b'], resources: { en: { a: en, b: en } } });\n";
    expect(read(twice)).toEqual([]);
  });
});
