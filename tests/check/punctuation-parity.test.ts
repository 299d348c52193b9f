import { expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

function findings(english: Record<string, string>, locale: string, translated: Record<string, string>): string[] {
  const root = tempProject({ 'locales/en/ui.json': JSON.stringify(english, null, 2), [`locales/${locale}/ui.json`]: JSON.stringify(translated, null, 2) });
  return diagnosticsOf(root)
    .filter((d) => d.ruleId === 'punctuation-parity')
    .map((d) => `${d.key} ${d.message}`);
}

it('a "?" in a link is no Spanish question', () => {
  expect(findings({ a: 'Visit https://example.com/?ref=app', b: 'See <a href="/x?y=1">this</a>' }, 'es', { a: 'Visitá https://example.com/?ref=app', b: 'Mirá <a href="/x?y=1">esto</a>' })).toEqual([]);
  expect(findings({ a: 'Open https://example.com/?ref=app now?' }, 'es', { a: 'Abrís https://example.com/?ref=app ahora?' })).toEqual(['a Spanish question without its opening "¿"']);
});

it('closing corner brackets and full-width parentheses are looked through', () => {
  expect(findings({ f: 'Hello "world."', g: 'Done (really.)' }, 'ja', { f: 'こんにちは「世界。」', g: '完了（本当。）' })).toEqual([]);
  expect(findings({ f: 'Hello "world."' }, 'ja', { f: 'こんにちは「世界」' })).toEqual(['f ends with no final punctuation where the en source ends with "."']);
});

it('German closing quotes, a midline ellipsis and closing tags are looked through', () => {
  expect(findings({ a: 'Say "hello."', b: "It's 'done.'", c: 'Loading…', d: '<b>Warning!</b>' }, 'de', { a: 'Sag „Hallo.“', b: 'Es ist ‚fertig.‘', c: 'Lädt…', d: '<b>Achtung</b>!' })).toEqual([]);
  expect(findings({ c: 'Loading…' }, 'zh', { c: '加载中⋯⋯' })).toEqual([]);
  expect(findings({ e: '<b>Done.</b>' }, 'de', { e: '<b>Fertig</b>' })).toEqual(['e ends with no final punctuation where the en source ends with "."']);
});
