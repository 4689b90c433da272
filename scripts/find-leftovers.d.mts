export declare const RUN_MARKER: string;
export declare function findLeftovers(runId: string, exclude?: Set<number>): { pid: number; cmd: string }[];
export declare function leftoversAfter(runId: string, ms?: number): Promise<{ pid: number; cmd: string }[]>;
