// Raw file bytes -> text lines. Content comes from many editors: a BOM and
// CRLF are harmless and accepted; invalid UTF-8 or NUL bytes mean the file is
// not text (or was saved in a legacy encoding) and is rejected with its line.
import type { TIssue } from "./types";
import type { TSourceLine } from "./source-blocks";

const NEWLINE = 0x0a;

export function decodeContent(raw: string | Uint8Array): { text: string | null; issues: TIssue[] } {
  if (typeof raw === "string") {
    const nul = raw.indexOf("\u0000");
    if (nul >= 0) return notText(lineAtChar(raw, nul), "file contains a NUL byte: not a text file", "not-text");
    return { text: raw.replace(/^\uFEFF/, ""), issues: [] };
  }
  const nul = raw.indexOf(0);
  if (nul >= 0) return notText(lineAtByte(raw, nul), "file contains a NUL byte: not a text file", "not-text");
  try {
    // The default (ignoreBOM: false) drops a leading UTF-8 BOM.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(raw), issues: [] };
  } catch {
    return notText(firstBadLine(raw), "file is not valid UTF-8 text (save it as UTF-8)", "not-utf8");
  }
}

/** Splits on LF, CRLF or lone CR; line numbers are 1-based. */
export function splitLines(text: string): TSourceLine[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

function notText(line: number, message: string, code: string) {
  return { text: null, issues: [{ line, message, code, severity: "error" as const }] };
}

// 0x0A never occurs inside a multi-byte UTF-8 sequence, so decoding line by
// line finds the offending line exactly.
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end < 0) return line;
    start = end + 1;
  }
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === NEWLINE) line++;
  return line;
}

function lineAtChar(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}
