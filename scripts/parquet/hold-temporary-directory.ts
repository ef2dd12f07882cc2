import { withTemporaryDirectory } from './temporary-directory.ts';

/**
 * For temporary-directory.test.ts: takes a temporary directory, says where on stdout, and
 * holds it until the process is stopped, as `convert --to parquet` holds its runs.
 */
await withTemporaryDirectory(async (dir) => {
  process.stdout.write(`${dir}\n`);
  await new Promise(() => setInterval(() => {}, 1_000));
});
