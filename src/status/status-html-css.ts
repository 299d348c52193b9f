const LIGHT = `--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--link:#0550ae;--ink:#1f2328;
--translated:#1a7f37;--fallback:#8ddb9f;--untranslated:#f2cc60;--stale:#fb8f44;--empty:#e5534b;--missing:#d1d9e0;
--h0:#ffebe9;--h1:#fff1e5;--h2:#fff8c5;--h3:#dafbe1;--h4:#aceebb`;

/**
 * The status page's only style sheet, inline and allowed by its hash in the page's policy.
 * Colours come from variables redefined for dark mode; every text colour keeps at least 4.5:1
 * against its background. Print uses the light colours, keeps the bars', opens the lists.
 */
export const STATUS_CSS = `:root{color-scheme:light dark;${LIGHT}}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--link:#71b7ff;--ink:#e6edf3;
--translated:#2ea043;--fallback:#196c2e;--untranslated:#9e6a03;--stale:#bd561d;--empty:#b62324;--missing:#3d444d;
--h0:#67060c;--h1:#5a1e02;--h2:#4b3800;--h3:#033a16;--h4:#0f5323}}
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:80rem;padding:1rem;color:var(--fg);background:var(--bg)}
a{color:var(--link)}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin:2rem 0 .5rem}h3{font-size:1.1rem;margin:1.5rem 0 .3rem}
.muted{color:var(--muted)}.scroll{overflow-x:auto}
table{border-collapse:collapse}th,td{padding:.15rem .4rem;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th[scope=row],.overview th:first-child,.overview th:nth-child(2),.progress{text-align:left}thead th{vertical-align:bottom;font-weight:600}th[scope=colgroup]{text-align:center}
.bar{display:block;width:10rem;height:1rem;border:1px solid var(--muted);background:var(--bg)}
.swatch{width:1.6em;height:1em;vertical-align:middle;border:1px solid var(--muted);margin-right:.3em}
.defs{position:absolute;width:0;height:0;overflow:hidden}
.f-translated{fill:var(--translated)}.f-fallback{fill:var(--fallback)}.f-untranslated{fill:var(--untranslated)}
.f-stale{fill:var(--stale)}.f-empty{fill:var(--empty)}.f-missing{fill:var(--missing)}
.ink{stroke:var(--ink);stroke-width:1.2;fill:none}.dot{fill:var(--ink)}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0}
.heat td{text-align:center}.heat a{color:var(--fg)}.h0{background:var(--h0)}.h1{background:var(--h1)}.h2{background:var(--h2)}
.h3{background:var(--h3)}.h4{background:var(--h4)}
details{margin:.3rem 0}summary{cursor:pointer}details ul{margin:.2rem 0;padding-left:1.5rem}
li code{overflow-wrap:anywhere}code{font-size:.9em}
@media print{:root{color-scheme:light;${LIGHT};--fg:#000;--link:#000}body{max-width:none;padding:0}
svg,td{print-color-adjust:exact;-webkit-print-color-adjust:exact}.scroll{overflow:visible}tr,details,li{break-inside:avoid}
details::details-content{content-visibility:visible;display:block}summary{list-style:none}a{text-decoration:none}}`;
