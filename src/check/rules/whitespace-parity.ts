import { languageOf } from '../../locale/locale-tag.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';
import { firstUnit, lastUnit } from '../../bundles/edge-units.js';
import { isEdgeSpace as isSpace, PairTrait } from '../pair-traits.js';

/** The whitespace a string starts with, or undefined; trimStart removes exactly what `\s` matches. */
function leading(value: string): string | undefined {
  const rest = value.trimStart().length;
  return rest === value.length ? undefined : value.slice(0, value.length - rest);
}

/**
 * The whitespace a string ends with, or undefined. Not `/\s+$/`: that tries every start of a
 * run of spaces and scans it to the end, so a million spaces before a letter took minutes.
 */
function trailing(value: string): string | undefined {
  const rest = value.trimEnd().length;
  return rest === value.length ? undefined : value.slice(rest);
}

/**
 * Whether a UTF-16 unit is written with no space beside it in Chinese and Japanese: a Han,
 * kana or CJK punctuation character, or a full-width form (`？`, `！`).
 */
function isSpacelessUnit(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * Whether a UTF-16 unit is CJK punctuation or a full-width form (`：`, `，`, `？`, `」`): it is set
 * in a full cell whose blank half is the space, so no space follows or precedes it in any language.
 */
const isFullWidthMark = (code: number): boolean => (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);

/**
 * Whether a translation rightly drops a source's edge space beside this unit: Chinese and Japanese
 * put no space between words, so none after a Han or kana character, whatever the locale is named
 * (`cn`, `tw`: folders apps load as they are); Korean spaces its words, Hanja too, but no language
 * puts one beside a full-width mark.
 */
const dropsSpace = (unit: number, locale: string): boolean =>
  isSpacelessUnit(unit) && (isFullWidthMark(unit) || languageOf(locale) !== 'ko');

/** A quoted edge with each space other than U+0020 written as its code (`\u00A0`): printed as itself it looks like a space. */
const quoted = (edge: string): string =>
  JSON.stringify(edge).replace(/[^\x20-\x7e]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** An edge as the message quotes it: a long run is shortened, with its length. */
function shown(edge: string): string {
  return edge.length <= 20 ? quoted(edge) : `${quoted(edge.slice(0, 10))}… (${edge.length} characters)`;
}

/** What one edge holds against the source's: both named, or the side that has none said so (an empty source said so too). */
function difference(
  edge: string,
  ours: string | undefined,
  theirs: string | undefined,
  sourceLocale: string,
  sourceEmpty: boolean,
): string {
  if (ours === undefined) return `no ${edge} whitespace where the ${sourceLocale} source has ${shown(theirs ?? '')}`;
  if (theirs === undefined)
    return `${edge} whitespace ${shown(ours)} where the ${sourceLocale} source ${sourceEmpty ? 'is empty' : 'has none'}`;
  return `${edge} whitespace ${shown(ours)} differs from the ${sourceLocale} source's ${shown(theirs)}`;
}

/** Leading or trailing whitespace that differs from the source: words run together or gaps appear. */
export const whitespaceParity: Rule = {
  id: 'whitespace-parity',
  defaultSeverity: 'warning',
  description: 'A translation starts or ends with other whitespace than its source; strings joined in code then run together or gain gaps.',
  docs: {
    checks: 'leading or trailing whitespace that differs from the source',
    why: 'Code that joins strings (`t("by") + name`) then runs words together ("Porana") or leaves gaps.',
    passes:
      "The source's leading and trailing whitespace, exactly; whitespace inside the text; an empty translation (empty-value's); no space where the source's single space meets a Han, kana or full-width character (`转换为` for `Convert to `), as Chinese and Japanese put none between words, whatever the locale is named (`cn`, `tw`); in Korean, which spaces its words, only beside a full-width mark (`：`).",
  },
  examples: {
    invalid: [
      {
        name: 'A trailing space lost',
        files: {
          'locales/en/ui.json': '{\n  "by": "By "\n}\n',
          'locales/es/ui.json': '{\n  "by": "Por"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 warning no trailing whitespace where the en source has " " [whitespace-parity]'],
      },
      {
        name: 'Other whitespace of the same length (a no-break space for a space)',
        files: {
          'locales/en/ui.json': '{\n  "by": "By "\n}\n',
          'locales/es/ui.json': '{\n  "by": "Por\u00a0"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 warning trailing whitespace "\\u00A0" differs from the en source\'s " " [whitespace-parity]'],
      },
      {
        name: 'A space lost after a Latin word in Chinese, and in Korean, which spaces its words (after Hanja too)',
        files: {
          'locales/en/ui.json': '{\n  "open": "Open in ",\n  "by": "By "\n}\n',
          'locales/zh/ui.json': '{\n  "open": "在 Chrome",\n  "by": "由 "\n}\n',
          'locales/ko/ui.json': '{\n  "open": "다음에서 열기",\n  "by": "作者"\n}\n',
        },
        expect: [
          'locales/ko/ui.json:2:3 warning no trailing whitespace where the en source has " " [whitespace-parity]',
          'locales/ko/ui.json:3:3 warning no trailing whitespace where the en source has " " [whitespace-parity]',
          'locales/zh/ui.json:2:3 warning no trailing whitespace where the en source has " " [whitespace-parity]',
        ],
      },
      {
        name: 'A leading space added',
        files: {
          'locales/en/ui.json': '{\n  "items": "items"\n}\n',
          'locales/es/ui.json': '{\n  "items": " elementos"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 warning leading whitespace " " where the en source has none [whitespace-parity]'],
      },
      {
        name: 'A space where the source is empty',
        files: {
          'locales/en/ui.json': '{\n  "suffix": ""\n}\n',
          'locales/zh/ui.json': '{\n  "suffix": " 的"\n}\n',
        },
        expect: ['locales/zh/ui.json:2:3 warning leading whitespace " " where the en source is empty [whitespace-parity]'],
      },
    ],
    valid: [
      {
        name: 'The same trailing space',
        files: {
          'locales/en/ui.json': '{\n  "by": "By "\n}\n',
          'locales/es/ui.json': '{\n  "by": "Por "\n}\n',
        },
      },
      {
        name: 'No whitespace at either edge, some inside',
        files: {
          'locales/en/ui.json': '{\n  "hello": "Hello there"\n}\n',
          'locales/es/ui.json': '{\n  "hello": "Hola  a todos"\n}\n',
        },
      },
      {
        name: 'No space after a Han or kana character, in Chinese and Japanese',
        files: {
          'locales/en/ui.json': '{\n  "to": "Convert to ",\n  "sure": " Are you sure?"\n}\n',
          'locales/zh/ui.json': '{\n  "to": "转换为",\n  "sure": "确定吗？"\n}\n',
          'locales/ja/ui.json': '{\n  "to": "変換する",\n  "sure": "よろしいですか？"\n}\n',
        },
      },
      {
        name: 'No space after Chinese text or a full-width mark, whatever the locale is named',
        files: {
          'locales/en/ui.json': '{\n  "version": "Version: ",\n  "moved": "Moved to "\n}\n',
          'locales/cn/ui.json': '{\n  "version": "版本号：",\n  "moved": "已移动到"\n}\n',
          'locales/ko/ui.json': '{\n  "version": "버전：",\n  "moved": "다음으로 이동 "\n}\n',
        },
      },
      {
        name: 'A tab kept',
        files: {
          'locales/en/ui.json': '{\n  "col": "\tName"\n}\n',
          'locales/es/ui.json': '{\n  "col": "\tNombre"\n}\n',
        },
      },
    ],
  },
  pairTraits: () => PairTrait.edge,
  checkPair(pair, bundle, context, report) {
    const { value, sourceValue } = pair;
    if (!isSpace(firstUnit(value)) && !isSpace(lastUnit(value)) && !isSpace(firstUnit(sourceValue)) && !isSpace(lastUnit(sourceValue)))
      return;
    if (value.trim() === '') return;
    const edges = [
      ['leading', leading(value), leading(sourceValue)],
      ['trailing', trailing(value), trailing(sourceValue)],
    ] as const;
    for (const [edge, ours, theirs] of edges) {
      if (ours === theirs) continue;
      // "转换为" for "Convert to ", "吗？" for "? ": the next word follows with no space in these languages.
      // "转换为" for "Convert to ", "版本号：" for "Version: ": the next word follows with no space.
      if (ours === undefined && theirs === ' ' && dropsSpace(edge === 'leading' ? firstUnit(value) : lastUnit(value), pair.locale))
        continue;
      const key = pair.key;
      report({
        target: inBundle(bundle),
        anchor: { kind: 'key', key },
        key,
        message: difference(edge, ours, theirs, context.sourceLocale, sourceValue === ''),
      });
    }
  },
};
