import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini costs a fraction of classic zod's start-up, which every command pays; it ships
// without messages, so the English ones are set here, once, for every schema.
z.config(en());

/** zod's functional API (zod/mini) with English messages: every schema imports it from here. */
export { z };
