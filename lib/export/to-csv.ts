import { stringify } from "csv-stringify/sync";

/**
 * Rows as RFC 4180 CSV (CRLF), through csv-stringify. escape_formulas: a
 * cell starting with = + - @, tab or CR gets a leading ' so a spreadsheet
 * shows a typed answer like =HYPERLINK(…) as text instead of running it.
 */
export function toCsv(rows: (string | number | null)[][]): string {
  return stringify(rows, { record_delimiter: "\r\n", escape_formulas: true, cast: { number: String } });
}
