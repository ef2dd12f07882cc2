import type Papa from 'papaparse';

/**
 * papaparse's complaints about rows, in words for the people who edit the file: which data
 * rows (counting from 0) cannot be read, and why. Shared by the ACLED and spreadsheet readers.
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

/** Data row index → why it cannot be read, for `rows` data rows under a header of `fields` columns. */
export function csvRowProblems(errors: readonly Papa.ParseError[], rows: number, fields: number): Map<number, string> {
  const problems = new Map<number, string>();
  for (const error of errors) {
    if (error.code === 'MissingQuotes') {
      // An unclosed quote runs to the end of the file, so it is always in the last row read
      // (papaparse numbers this error one past it). It explains that row better than a count.
      problems.set(rows - 1, describeRowError(error, fields));
    } else if (error.row !== undefined && !problems.has(error.row)) {
      problems.set(error.row, describeRowError(error, fields));
    }
  }
  return problems;
}
