import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { denseHeader, generateDenseBatches } from '../../bench/generate-dataset.ts';
import { csvCell, eventsToCsv } from '../../src/export/events-to-csv.ts';
import { cliArguments } from '../cli/read-source.ts';
import { checkedDenseBatches } from '../parquet/dense-parquet.ts';

/**
 * The benchmark's dense profile (bench/generate-dataset.ts) as a large CSV, a batch at a time,
 * to measure `convert --to parquet` on CSV (README, "Millions of events: Parquet"):
 *
 *   node -e "import('vite').then((vite) => vite.runnerImport('./scripts/bench/dense-csv.ts'))" -- <count> template|acled <out.csv>
 *
 * `template`: our spreadsheet template, as the CSV download writes it (events-to-csv.ts).
 * `acled`: ACLED's export columns, each event a row (an ACLED-like id, the date, the category as
 * event_type, the place, the summary as notes).
 */

const ACLED_HEADER = 'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';

function acledRow(record: Record<string, unknown>, label: string): string {
  const place = record.place as { name: string; country: string } | undefined;
  const index = Number(String(record.id).slice(3));
  const date = String(record.date).slice(0, 10);
  const cells = [`DNS${index}`, date, date.slice(0, 4), 1, label, String(record.title).split(' ').slice(0, 2).join(' '), 'Synthetic forces', '', place?.country ?? 'Iraq', place ? `${place.name} Province` : '', place?.name ?? '', 33 + (index % 100) / 100, 44 + (index % 70) / 100, 1, 'Example Wire', String(record.summary), index % 5];
  return cells.map((cell) => csvCell(cell)).join(',');
}

async function main() {
  const [countText, format, out] = cliArguments();
  const count = Number(countText);
  if (!(count > 0) || (format !== 'template' && format !== 'acled') || !out) throw new Error('Usage: … -- <count> template|acled <out.csv>');
  const header = denseHeader(count);
  const labels = new Map<string, string>(header.categories.map((category) => [category.id, category.label]));
  const file = createWriteStream(out);
  const write = async (text: string) => {
    if (!file.write(text)) await once(file, 'drain');
  };
  let first = true;
  if (format === 'acled') {
    // The generator's records as they are: an export has no checked fields to write.
    for (const batch of generateDenseBatches({ count })) {
      await write(`${first ? `${ACLED_HEADER}\n` : ''}${batch.map((record) => acledRow(record, labels.get(String(record.category))!)).join('\n')}\n`);
      first = false;
    }
  } else {
    for (const dataset of checkedDenseBatches(count)) {
      const csv = eventsToCsv(dataset.events, dataset.categories, first ? dataset : undefined);
      // After the first batch, only the event rows: the header and category rows come once.
      await write(first ? csv : csv.split('\r\n').slice(1 + dataset.categories.length).join('\r\n'));
      first = false;
    }
  }
  file.end();
  await once(file, 'finish');
}

await main();
