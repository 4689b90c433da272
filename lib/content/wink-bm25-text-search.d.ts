// The package ships no types; this covers the part lib/content uses.
declare module "wink-bm25-text-search" {
  type TPrepTask = (input: string) => string | string[];
  export interface TBm25Engine {
    defineConfig(config: {
      fldWeights: Record<string, number>;
      bm25Params?: { k1?: number; b?: number; k?: number };
      ovFldNames?: string[];
    }): boolean;
    definePrepTasks(tasks: TPrepTask[], field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(fp?: number): boolean;
    /** [id, score] pairs, best first; ids come back as strings. */
    search(text: string, limit?: number): Array<[string, number]>;
  }
  const bm25: () => TBm25Engine;
  export default bm25;
}
