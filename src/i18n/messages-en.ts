import type { enFetch } from './messages-en-fetch.ts';
import type { enLater } from './messages-en-later.ts';
import type { enMake } from './messages-en-make.ts';
import type { enRead } from './messages-en-read.ts';
import type { enSheets } from './messages-en-sheets.ts';
import type { ArabicPlural, EnglishPlural } from './plural.ts';

/**
 * The English catalogue: the source of every key. A message is text with `{name}` slots, or a
 * plural (`one`/`other` here; messages-ar.ts must give all six Arabic forms). Keys are grouped
 * by where they show: `header.`, `timeline.`, … The words of the parts loaded after the first
 * draw are in messages-en-later.ts, the /make page's in messages-en-make.ts, and a failed load's in
 * messages-en-fetch.ts, messages-en-sheets.ts and messages-en-read.ts (worded in English where the load fails, see
 * data/load-failure.ts); together they make one set of keys.
 */
export const en = {
  'language.switch': 'Language',
  'language.other': 'العربية',
  'date.approximate': 'c. {date}',
  'date.withTime': '{day}, {time}',
  'header.updated': 'Updated',
  'header.count': {
    one: '{shown} of {count} event',
    other: '{shown} of {count} events',
  },
  'header.more': 'More',
  'header.less': 'Less',
  'header.ofDescription': ' of the description',
  'header.translatedFrom': 'Translated from {language}',
  'load.downloading': 'Downloading events…',
  'load.reading': 'Reading the dataset…',
  'load.checking': 'Checking the events…',
  'load.checkingRecords': {
    one: 'Checking {count} record…',
    other: 'Checking {count} records…',
  },
  'load.loading': 'Loading events…',
  'load.amountOf': '{loaded} of {total}',
  'load.amountReceived': '{loaded} received',
  'load.progressLabel': 'Loading events',
  'common.retry': 'Retry',
  'share.button': 'Share',
  'share.thisView': 'Share this view',
  'share.thisEvent': 'Share this event',
  'share.embedTitle': '{title} – timeline',
  'status.confirmed': 'Confirmed',
  'status.reported': 'Reported',
  'status.claimed': 'Claimed',
  'status.disputed': 'Disputed',
  'status.confirmed.inline': 'confirmed',
  'status.reported.inline': 'reported',
  'status.claimed.inline': 'claimed',
  'status.disputed.inline': 'disputed',
  'status.title': 'Claim status',
  'status.whatMean': 'What do these mean?',
  'legend.categories': 'Categories',
  'legend.eventsSuffix': {
    one: ' event',
    other: ' events',
  },
  'skip.toEvents': 'Skip to the events',
  'overview.perWeek': 'Events per week',
  'overview.perDay': 'Events per day',
  'series.point': '{figure} by {date}{stated}',
  'series.statedBy': ', stated by {who}',
  'series.byDate': ' by {date}',
  'series.about': 'about {value}',
  'series.atLeast': 'at least {value}',
  'series.moreThan': 'more than {value}',
  'series.source': 'Source',
  'series.statements': '{series}: statements',
  'common.newTab': ' (opens in a new tab)',
  'cluster.label': {
    one: '{count} more event near {range}: zoom in to show them',
    other: '{count} more events near {range}: zoom in to show them',
  },
  'timeline.byCategory': 'Events by category',
  'timeline.region': 'Timeline of events',
  'panel.choose': 'Choose an event on the timeline to read what happened and who reported it.',
  'zoom.toolbar': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.inTitle': 'Zoom in (+)',
  'zoom.out': 'Zoom out',
  'zoom.outTitle': 'Zoom out (−)',
  'zoom.showAll': 'Show all',
  'timeline.wheelHint': 'Hold Ctrl (or ⌘) and scroll to zoom the timeline',
  'corrections.title': 'Corrections and updates',
  'filters.clear': 'Clear filters',
  'filters.label': 'Filters',
  'filters.actors': 'Actors',
  'filters.countries': 'Countries',
  'filters.keyOnly': 'Key events only',
  'filters.chosen': 'Chosen actors and countries',
  'filters.removeActor': 'Remove actor filter: {value}',
  'filters.removeCountry': 'Remove country filter: {value}',
  'facet.chosen': ' chosen',
  'facet.moreCategories': {
    one: '{count} more category',
    other: '{count} more categories',
  },
  'lanes.otherCategories': {
    one: '{count} other category',
    other: '{count} other categories',
  },
  'lanes.otherDescription': 'The smaller categories, drawn together in one lane',
  'tabs.timeline': 'Timeline',
  'tabs.list': 'List',
  'tabs.map': 'Map',
  'tabs.label': 'Show events as',
  'search.label': 'Search events',
  'explore.unknownCategories': {
    one: 'Ignored a category this dataset does not have: {ids}.',
    other: 'Ignored categories this dataset does not have: {ids}.',
  },
  'page.loadFailed': 'The events could not be loaded',
  'page.loadFailedFrom': ' from {url}.',
  'page.openFull': 'Open full timeline',
  'page.error': 'Something went wrong',
  'page.unknownError': 'Unknown error',
  'page.backToTimeline': 'Back to the timeline',
  'map.title': 'Map',
  'map.failed': 'The map could not be loaded. Reload the page to try again.',
  'map.loading': 'Loading map…',
  'part.loading': 'Loading the {what}…',
  'part.failed': 'The {what} could not be loaded. Reload the page to try again.',
  'part.downloads': 'downloads',
  'part.footer': 'footer',
  'part.list': 'list',
  'part.eventDetails': 'event details',
  'series.noLater': 'no later figure',
  'page.makeOwn': 'Make your own timeline',
  'page.loadingPage': 'Loading the page…',
  'page.errorDetail': 'The timeline could not be shown. The problem was: {detail}',
} as const satisfies Readonly<Record<string, string | EnglishPlural>>;

/** The words `t` and `tn` give: the page's, in the first download, the later chunk or /make's. */
type English = typeof en & typeof enLater & typeof enMake;
type Failures = typeof enFetch & typeof enSheets & typeof enRead;
/** A failed load's message (data/load-failure.ts): read with translate.ts's tLoadFailure, not `t`. */
export type LoadFailureKey = keyof Failures;
export type MessageKey = keyof English | LoadFailureKey;
/** Keys of plain messages (for `t`). */
export type TextKey = { [K in keyof English]: English[K] extends string ? K : never }[keyof English];
/** Keys of plural messages (for `tn`). */
export type PluralKey = Exclude<keyof English, TextKey>;

/** Another language's words for an English catalogue: every key, no other; plurals with Arabic's six forms. */
type Words<Source> = { readonly [K in keyof Source]: Source[K] extends string ? string : ArabicPlural };
/** Another language's catalogue (messages-ar.ts): the page's words and a failed fetch's. */
export type Catalogue = Words<typeof en & typeof enLater & typeof enFetch>;
/** Another language's words for a source that cannot be read (messages-ar-read.ts), loaded when one is shown. */
export type ReadFailureCatalogue = Words<typeof enRead & typeof enSheets>;
/** Another language's words for /make (messages-ar-make.ts), a chunk of their own. */
export type MakeCatalogue = Words<typeof enMake>;
