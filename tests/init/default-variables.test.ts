import { describe, expect, it } from 'vitest';
import { findDefaultVariables } from '../../src/init/default-variables.js';

const find = (text: string) => findDefaultVariables(['src/i18n.ts'], new Map([['src/i18n.ts', text]]));

describe('findDefaultVariables', () => {
  it("reads the names of the setup's interpolation.defaultVariables (overleaf's appName)", () => {
    const setup = `i18n.init({
      interpolation: {
        prefix: '__',
        suffix: '__',
        defaultVariables: {
          appName: getMeta('ol-ExposedSettings').appName,
          'support-email': \`help@\${host}\`,
          "year": new Date().getFullYear(),
          links: { home: '/', docs: ['/a', '/b'] },
          brand,
          ...more,
        },
      },
    })`;
    expect(find(setup)).toEqual({ names: ['appName', 'support-email', 'year', 'links', 'brand'], file: 'src/i18n.ts' });
  });

  it('reads none outside the interpolation options, nor from an object it cannot see', () => {
    expect(find("i18n.init({ defaultVariables: { appName: 'x' } })")).toBeUndefined();
    expect(find('i18n.init({ interpolation: { defaultVariables: DEFAULTS } })')).toBeUndefined();
    expect(find('i18n.init({ interpolation: { defaultVariables: {} } })')).toBeUndefined();
  });
});
