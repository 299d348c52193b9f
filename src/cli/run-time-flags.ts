/**
 * V8 flags a command changes while it runs, each beside the setting the process started with.
 * V8 accepts a code cache only under the flags it was written with, so the compile cache
 * (compile-cache.ts) compiles and writes under the start settings: a chunk a command loads after
 * changing a flag is then served from the cache like any other, and the cache it leaves is one
 * every other run accepts.
 */
const changed = new Map<string, string>();

/** Sets a V8 flag for the rest of the run (`--heap-growing-percent=30`); `startSetting` is the one it replaces. */
export function setRunTimeFlag(setting: string, startSetting: string): void {
  const { setFlagsFromString } = process.getBuiltinModule('node:v8');
  // Put back before the exit handlers that write caches (Node 22's own compile cache writes at exit).
  if (changed.size === 0) process.prependOnceListener('exit', restoreStartFlags);
  changed.set(setting, startSetting);
  setFlagsFromString(setting);
}

/** Runs `work` under the flags the process started with, then sets the run's flags again. */
export function underStartFlags<T>(work: () => T): T {
  if (changed.size === 0) return work();
  const { setFlagsFromString } = process.getBuiltinModule('node:v8');
  for (const start of changed.values()) setFlagsFromString(start);
  try {
    return work();
  } finally {
    for (const setting of changed.keys()) setFlagsFromString(setting);
  }
}

/** Puts every changed flag back for good: nothing the run does after this reads them. */
function restoreStartFlags(): void {
  const { setFlagsFromString } = process.getBuiltinModule('node:v8');
  for (const start of changed.values()) setFlagsFromString(start);
  changed.clear();
}
