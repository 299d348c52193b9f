/**
 * The one stylesheet, served as `assets/site.css`: pages allow styles only from the site
 * itself (`style-src 'self'`), so there is no inline style for the policy to trust.
 */
export const SITE_CSS = `:root { color-scheme: light; font-family: Georgia, 'Times New Roman', serif; line-height: 1.55; color: #1d1d1f; background: #fbfaf7; }
body { margin: 0; }
a { color: #0b4f8a; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.site-header, .site-footer, main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
.site-header { border-bottom: 3px double #1d1d1f; display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: baseline; justify-content: space-between; }
.brand { font-size: 1.8rem; font-weight: bold; text-decoration: none; color: inherit; }
.tagline { margin: 0; font-style: italic; color: #555; width: 100%; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1rem; }
.switcher [aria-current] { font-weight: bold; }
.notice { border-left: 4px solid #c47f00; background: #fff6e0; padding: .75rem 1rem; }
.meta { color: #555; font-size: .95rem; }
.related, .comments { border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
.site-footer { border-top: 1px solid #ccc; font-size: .9rem; color: #555; }
img { max-width: 100%; height: auto; }
pre { overflow-x: auto; background: #f0eee8; padding: .75rem; }
`;

/** Where the stylesheet is written, relative to the output folder. */
export const SITE_CSS_PATH = 'assets/site.css';

/** The site icon, so browsers do not ask for a missing `/favicon.ico`. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b4f8a"/><text x="8" y="12" font-size="11" text-anchor="middle" fill="#fff" font-family="Georgia,serif">C</text></svg>\n';

/** Where the site icon is written, relative to the output folder. */
export const FAVICON_PATH = 'assets/favicon.svg';
