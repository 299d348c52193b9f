import { ENTRY_STATES } from './bundle-status.js';
import type { LocaleStatus, ProjectStatus } from './project-status.js';

const BAR_ORDER = ['translated', 'fallback', 'stale', 'untranslated', 'empty', 'missing'] as const;

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}
.bar{display:flex;height:1.2rem;border-radius:4px;overflow:hidden;background:#e6e6e6}
.bar span{display:block}.translated{background:#2e7d32}.fallback{background:#81c784}.untranslated{background:#f9a825}
.stale{background:#ef6c00}.empty{background:#c62828}.missing{background:#9e9e9e}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;text-align:right;border-bottom:1px solid #ddd}
td:first-child,th:first-child{text-align:left}details{margin:.3rem 0}code{font-size:.9em}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}`;

function bar(label: string, counts: Record<string, number>, total: number): string {
  if (total === 0) return '';
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `<span class="${state}" style="width:${((n / total) * 100).toFixed(3)}%" title="${state}: ${n}"></span>`);
  return `<div class="bar" role="img" aria-label="${escape(label)}">${parts.join('')}</div>`;
}

function section(locale: LocaleStatus): string {
  // Done first, then what needs work, so the bar fills from the left.
  const strings = Object.fromEntries(BAR_ORDER.map((s) => [s, locale.counts[s]]));
  const out = [
    `<section><h2>${escape(locale.locale)} — ${locale.total > 0 ? `${locale.percent.toFixed(1)}% complete` : 'source'}</h2>`,
    bar(`${locale.locale} strings: ${locale.percent.toFixed(1)}% complete`, strings, locale.total),
  ];
  if (locale.sourceOf.length > 0)
    out.push(`<p>Source locale of: ${locale.sourceOf.map((ns) => `<code>${escape(ns)}</code>`).join(', ')}</p>`);
  if (locale.namespaces.length > 0) {
    out.push(
      `<table><thead><tr><th>namespace</th><th>total</th>${ENTRY_STATES.map((s) => `<th>${s}</th>`).join('')}<th>complete</th></tr></thead><tbody>`,
    );
    for (const ns of locale.namespaces)
      out.push(
        `<tr><td>${escape(ns.namespace)}</td><td>${ns.total}</td>${ENTRY_STATES.map((s) => `<td>${ns.counts[s]}</td>`).join('')}<td>${ns.percent.toFixed(1)}%</td></tr>`,
      );
    out.push('</tbody></table>');
    for (const ns of locale.namespaces.filter((n) => n.left.length > 0)) {
      out.push(
        `<details><summary>${ns.left.length} left in <code>${escape(ns.namespace)}</code></summary><ul>${ns.left.map((e) => `<li><code>${escape(e.key)}</code> — ${e.state}</li>`).join('')}</ul></details>`,
      );
    }
  }
  if (locale.articles) {
    const a = locale.articles;
    const total = a.translated + a.missing + a.stale;
    out.push(
      bar(
        `${locale.locale} articles: ${a.translated} of ${total} translated`,
        { translated: a.translated, stale: a.stale, missing: a.missing },
        total,
      ),
    );
    out.push(`<p>Articles: ${a.translated} translated, ${a.missing} missing, ${a.stale} stale.</p>`);
    if (a.left.length > 0)
      out.push(`<ul>${a.left.map((i) => `<li>${i.state}: <code>${escape(i.slug)}</code> (${escape(i.file)})</li>`).join('')}</ul>`);
  }
  out.push('</section>');
  return out.filter((part) => part !== '').join('\n');
}

/**
 * The status as one self-contained page (inline CSS, no script, no external resource) to publish
 * beside the build: per locale a bar for its strings and one for its articles, and the list of
 * what is left. Every name is escaped.
 */
export function formatStatusHtml(status: ProjectStatus, title = 'Translation status'): string {
  const legend = ENTRY_STATES.map((s) => `<span class="${s}"></span>${s}`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p class="legend">${legend}</p>
${status.locales.map(section).join('\n')}
</body>
</html>
`;
}
