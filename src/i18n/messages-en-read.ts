/**
 * The English words of a source whose content cannot be used as a whole (the parser, the
 * envelope check, the importers, Parquet, the command line's file reads). Like messages-en-fetch.ts:
 * worded in English where the failure happens (data/load-failure.ts), for the command line and an
 * English page; messages-ar.ts has the same keys for the page in Arabic. Loaded with the parser
 * (the worker, a lazy chunk), never in the page's first download. `{detail}` stays in English in
 * every language: a JSON engine's message, the validator's reason, a library's error.
 */
const UNKNOWN_SHEET =
  'its first row names neither the columns of this app\'s spreadsheet template (date, title, category, source_1_url …) ' +
  'nor those of TimelineJS\'s template (Year, Month, Day, Headline, Text, Media …). Start from public/template.csv (see the README).';
const ACLED_SHEET = 'is an ACLED export: save it as CSV to read it here.';

export const enRead = {
  'read.html': 'The source is a web page (HTML), not a dataset file.',
  'read.notUtf8': 'The file is not UTF-8 text: it looks like UTF-16 or binary data. Save it as UTF-8 JSON or CSV, or as an Excel workbook (.xlsx).',
  'read.empty': 'The dataset is not valid JSON (the file is empty).',
  'read.invalidJson': 'The dataset is not valid JSON ({detail}).',
  'read.cutOffJson': 'The dataset is not valid JSON (it stops part-way, as if cut off: {detail}).',
  'read.neitherJsonNorSheet':
    'The dataset is not valid JSON ({detail}), nor a spreadsheet this app reads (CSV or tab-separated text whose first row names the columns: this app\'s template, TimelineJS\'s, or an ACLED export).',
  'read.unknownJson':
    'The JSON is not a timeline dataset: it has no "version" or "events" (this app\'s format) and is not a TimelineJS file; its top-level keys are {keys}.',
  'read.unknownJsonMore':
    'The JSON is not a timeline dataset: it has no "version" or "events" (this app\'s format) and is not a TimelineJS file; its top-level keys are {keys} and {more} more.',
  'read.unknownJsonEmpty':
    'The JSON is not a timeline dataset: it has no "version" or "events" (this app\'s format) and is not a TimelineJS file; it is an empty object.',
  'read.notAnObject': 'The data is {shape}, not a dataset object with "version", "title", "categories" and "events".',
  'read.notExpected': 'The dataset is not in the expected format: {detail}.',
  'read.timelineJsNotObject': 'The TimelineJS file is not a JSON object.',
  'read.timelineJsEventsNotList': 'The TimelineJS file\'s "events" is not a list.',
  'read.timelineJsErasNotList': 'The TimelineJS file\'s "eras" is not a list.',
  'read.timelineJsEmpty': 'The TimelineJS file has no events and no eras.',
  'read.timelineJsSheetEmpty': 'The TimelineJS spreadsheet has a header row but no events.',
  'read.templateSheetEmpty': 'The spreadsheet has a header row but no events.',
  'read.acledColumn': 'The CSV file has no "{column}" column, so it is not an ACLED export this app can read.',
  'read.acledEmpty': 'The ACLED CSV file has a header row but no events.',
  'read.fileUnknownSheet': `The file cannot be read: ${UNKNOWN_SHEET}`,
  'read.sheetUnknownSheet': `The sheet "{sheet}" cannot be read: ${UNKNOWN_SHEET}`,
  'read.firstSheetUnknownSheet': `The first sheet of the workbook cannot be read: ${UNKNOWN_SHEET}`,
  'read.fileAcled': `The file ${ACLED_SHEET}`,
  'read.sheetAcled': `The sheet "{sheet}" ${ACLED_SHEET}`,
  'read.firstSheetAcled': `The first sheet of the workbook ${ACLED_SHEET}`,
  'read.noSuchSheet': 'The workbook has no sheet named "{sheet}"; its sheets are {sheets}.',
  'read.badWorkbook': 'The file starts like an Excel workbook (.xlsx) but cannot be read as one ({detail}).',
  'read.badParquet': 'This is not a Parquet file that can be read ({detail}).',
  'read.parquetMetadata': 'This Parquet file has no "{key}" metadata: write it with npm run convert -- <in> --to parquet.',
  'read.parquetIndexFormat': 'This JSON is not an index of Parquet files: its "format" must be "{format}".',
  'read.parquetIndexVersion': 'This index of Parquet files is version {version}; this app reads version 1.',
  'read.parquetIndexNoFiles': 'This index of Parquet files lists no files: "files" must be a list of entries such as {"url": "events-2024.parquet"}.',
  'read.parquetIndexTooMany':
    'This index of Parquet files lists {count} files; the page opens at most {limit}, since it reads every file\'s footer before drawing: split by a longer period.',
  'read.parquetIndexEntry': 'Entry {entry} of this index of Parquet files cannot be used: {detail}.',
  'read.parquetIndexUrl': 'Entry {entry} of this index of Parquet files, "{url}", is not an http(s) address, so it is not opened.',
  'read.parquetIndexCategories':
    'The files of this index do not have the same categories ({detail}): convert them from one source with --split-by=year, or give each file the same categories.',
  'read.parquetIndexWhole':
    'This is an index of Parquet files: the page opens it by its web address (a link ending in .parquet-index.json) and npm run validate checks it, but it cannot be read here as one file.',
  'read.fileNotJson': 'The file is not valid JSON ({detail}).',
  'read.unknownFormat':
    'The file is not in a format this app reads: expected a conflict-timeline JSON dataset (see the README), ' +
    'a TimelineJS JSON file, or an ACLED CSV export (a header row naming event_id_cnty and event_date).',
  'read.noFile': 'There is no such file.',
  'read.folder': 'That is a folder, not a file.',
  'read.noPermission': 'The file cannot be read (permission denied).',
  'read.fileFailed': 'The file cannot be read ({detail}).',
} as const satisfies Readonly<Record<string, string>>;
