import * as v from 'valibot';

/** Where a schema issue is, as the report names fields: "sources.0.url", or "(record)". */
export function issueField(issue: v.BaseIssue<unknown>): string {
  return v.getDotPath(issue) ?? '(record)';
}

/** The schema library's words, in the reader's: "title is missing", not "Invalid key: …". */
export function issueReason(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined' && issue.path?.length) {
    return `${issueField(issue)} is missing`;
  }
  if (issue.kind === 'schema' && issue.type === 'object' && !issue.path?.length) {
    return `the record is not a JSON object (it is ${issue.received})`;
  }
  return issue.message;
}
