/** The shape of a generated backlog project. */
export interface BacklogShape {
  /** Translated locales besides `en`: the first half of them lack every other key. */
  locales: readonly string[];
  namespaces: readonly string[];
  keysPerNamespace: number;
}

/** The n-th key of every namespace, as the findings name it (`section3.key3`). */
export declare function backlogKey(n: number): string;
/** The misnamed locale folder, whose findings are about files. */
export declare const MISNAMED_FOLDER: string;
/** Writes a project with a translation backlog into `root`. */
export declare function writeBacklogProject(root: string, shape: BacklogShape): void;
