import type { ConfigInput } from './src/index.js';

/**
 * The shipped project: English articles published inside a Spanish (voseo) site.
 * Every field not named here keeps the default documented in README ("Configuration").
 */
const config: ConfigInput = {
  sourceLocale: 'en',
  // The UI strings were scraped from the Spanish site: es-AR is their source.
  namespaceSourceLocale: { ui: 'es-AR' },
  locales: ['en', 'es-AR'],
  fallbacks: { 'es-AR': ['es', 'en'], en: [] },
  rules: {
    // The masthead is a proper name and stays the same in every language.
    untranslated: ['warning', { allow: ['La Crónica Austral'] }],
  },
  ingest: {
    locale: 'es-AR',
    namespace: 'ui',
    articleLocale: 'en',
    keys: {
      'Puede interesarte': 'related.title',
      Comentarios: 'comments.title',
      'Para comentar, debés estar registrado': 'comments.loginRequired',
      'Por favor, iniciá sesión': 'comments.loginPrompt',
    },
  },
  build: { outDir: 'dist', baseUrl: 'https://cronica-austral.example/' },
};

export default config;
