import { slugify } from '../data/slugify.ts';
import { numberOrText, textOf, type ImportedEvent } from '../data/our-format.ts';
import { writtenDate } from '../data/written-date.ts';

/**
 * One ACLED row → one event in our format (the mapping is listed in acled-import.ts). ACLED
 * rows carry no article URLs, so the source links to ACLED's own site, titled "ACLED event
 * <id>": the attribution ACLED asks for.
 */

export const ACLED_SOURCE_URL = 'https://acleddata.com/';

const GEO_PRECISION: Record<string, string> = { '1': 'town', '2': 'area', '3': 'region' };

export type AcledRow = Record<string, string | undefined>;

export function acledCell(row: AcledRow, column: string): string {
  return textOf(row[column]);
}

export function acledEvent(row: AcledRow, categoryOf: (type: string) => string): ImportedEvent {
  const cell = (column: string) => acledCell(row, column);
  const rawId = cell('event_id_cnty');
  const eventType = cell('event_type');
  const subType = cell('sub_event_type');
  const location = cell('location');
  const admin1 = cell('admin1');
  const country = cell('country');
  const placeName = location && admin1 && location !== admin1 ? `${location}, ${admin1}` : location || admin1 || country;

  const precision = cell('time_precision');
  let date = writtenDate(cell('event_date'));
  if (precision === '3' && /^\d{4}-\d{2}-\d{2}$/.test(date)) date = date.slice(0, 7);
  const approximate = precision === '2' || precision === '3';

  const fatalities = numberOrText(cell('fatalities'));
  const actors = [cell('actor1'), cell('actor2')].filter(Boolean);
  const latitude = numberOrText(cell('latitude'));
  const longitude = numberOrText(cell('longitude'));
  const geoCode = cell('geo_precision');
  const geoPrecision = Object.hasOwn(GEO_PRECISION, geoCode) ? GEO_PRECISION[geoCode] : undefined;
  const what = subType || eventType;

  const event: ImportedEvent = {
    id: slugify(rawId),
    date: date || undefined,
    ...(approximate && { approximate }),
    title: what && placeName ? `${what} in ${placeName}` : what || placeName || `ACLED event ${rawId}`,
    summary: cell('notes'),
    category: eventType ? categoryOf(eventType) : '',
    actors,
    sources: [{ url: ACLED_SOURCE_URL, title: `ACLED event ${rawId}`, publisher: cell('source') || 'ACLED' }],
    tags: subType ? [subType] : [],
  };
  if (placeName) {
    event.place = {
      name: placeName,
      ...(country && { country }),
      ...(latitude !== undefined && { lat: latitude }),
      ...(longitude !== undefined && { lon: longitude }),
      ...(geoPrecision && { precision: geoPrecision }),
    };
  }
  if (fatalities !== undefined) {
    event.casualties = {
      killed: fatalities,
      note: `ACLED: ${typeof fatalities === 'number' ? fatalities.toLocaleString('en-GB') : fatalities} reported fatalities`,
    };
  }
  return event;
}
