import type Papa from 'papaparse';

/**
 * CSV rows one at a time, each with papaparse's complaints about it in words for the people
 * who edit the file. Shared by the ACLED and spreadsheet readers, which read a whole text and a
 * stream (the command line's `convert --to parquet`, scripts/parquet/csv-rows.ts) the same way:
 * with papaparse's `step`, so a complaint always comes with the row it is about, however the
 * text arrives.
 */

function describeRowError(error: Papa.ParseError, fields: number): string {
  switch (error.code) {
    case 'TooManyFields':
      return `the row has more cells than the header's ${fields} columns (an unquoted comma?)`;
    case 'TooFewFields':
      return `the row has fewer cells than the header's ${fields} columns`;
    case 'MissingQuotes':
      return 'a quoted cell is never closed (a stray " or a cut-off file?)';
    default:
      return error.message;
  }
}

/** Why a row cannot be read, from the errors that came with it (undefined when it can be read). */
export function rowProblem(errors: readonly Papa.ParseError[], fields: number): string | undefined {
  // An unclosed quote runs to the end of the file, so it is always on the last row read; it
  // explains that row better than a count of its cells. Errors about no row (the delimiter
  // guess) are not a row's.
  const error = errors.find((e) => e.code === 'MissingQuotes') ?? errors.find((e) => e.row !== undefined);
  return error && describeRowError(error, fields);
}

/** papaparse's `step` callback, handing on each row with its problem (fields: the header's columns, in header mode). */
export function rowSteps<T>(onRow: (row: T, problem: string | undefined, fields: readonly string[]) => void): (results: Papa.ParseStepResult<T>) => void {
  return (results) => {
    const fields = results.meta.fields ?? [];
    onRow(results.data, rowProblem(results.errors, fields.length), fields);
  };
}
