import type { EnglishPlural } from './plural.ts';

/**
 * The English words of the /make page (routes/make-page.tsx, make-result.tsx, make/*.tsx): a chunk
 * of their own, asked for with the page's (routes/app-router.tsx, load-language.ts's
 * loadMakeMessages), so neither the timeline's first download nor its later words carry them.
 * messages-ar-make.ts has the same keys in Arabic, loaded only for an Arabic page at /make.
 */
export const enMake = {
  'make.back': '← The timeline',
  'make.lead': 'See your spreadsheet or data file as a timeline before you publish it: paste its link, or open it from this computer.',
  'make.yourData': 'Your data',
  'make.templateStart': 'No sheet yet? Start from ',
  'make.templateLink': 'our template (template.csv)',
  'make.templateEnd':
    ': one event per row, three examples to copy. Open it in Google Sheets or Excel, fill it in, and open it here. TimelineJS sheets work as they are. The README’s “Make your own timeline” lists every column.',
  'make.reading': 'Reading {name}…',
  'make.read': {
    one: 'Read {count} event from {from}{skipped}.',
    other: 'Read {count} events from {from}{skipped}.',
  },
  'make.readSkipped': {
    one: '; {count} record skipped',
    other: '; {count} records skipped',
  },
  'make.theLink': 'the link',
  'make.fileFailed': '{name} could not be read.',
  'make.fromFile': '{events} from {name}',
  'make.nothingToFix': '{result}, with nothing to fix.',
  'make.resultEnd': '{result}.',
  'make.shareIt': 'Share it',
  'make.publishIt': 'Publish it',
  'make.previewTitle': 'Preview',
  'make.previewLead': 'As readers will see it. Choose an event to read it in full.',
  'make.onTheWeb': 'To share this timeline, its data must be on the web: a file on your computer has no address a link can point to.',
  'make.putOnTheWeb':
    'Put the file where anyone can download it, such as GitHub Pages or any web server that allows other sites to read it; or keep your data in a Google Sheet and publish it to the web (File → Share → Publish to web).',
  'make.pasteItsLink': 'Paste its link above: you get the link to your timeline and the code to embed it.',
  'make.downloadJson': 'Download as JSON',
  'make.jsonNote': {
    one: '{name}: the event shown below, in this app’s format.',
    other: '{name}: the {count} events shown below, in this app’s format.',
  },
  'make.openFile': 'Or open a file',
  'make.fileKinds': 'CSV, tab-separated text, Excel (.xlsx), this app’s JSON, TimelineJS JSON or an ACLED export.',
  'make.chooseOrDrop': 'Choose a file, or drop it here',
  'make.chooseFile': 'Choose a file',
  'make.orDrop': 'or drop it here',
  'make.notUploaded': 'The file is read by your browser on this computer: nothing is uploaded.',
  'make.linkEmpty': 'Paste the link to your sheet or file first.',
  'make.linkTooLong': 'That link is too long to share (more than {limit} characters).',
  'make.linkNotWeb': 'That is not a web address: paste a link that starts with https://.',
  'make.pasteLink': 'Paste a link',
  'make.linkHint': 'A Google Sheets link as you copy it, or the address of a CSV, tab-separated, Excel (.xlsx) or JSON file.',
  'make.previewButton': 'Preview',
  'make.sheetsHint': 'From Google Sheets: File → Share → Publish to web, or Share → “Anyone with the link”; then copy the link from the address bar.',
  'make.changed': {
    one: '{count} thing changed while reading',
    other: '{count} things changed while reading',
  },
  'make.changedStill': 'The records still show; fix the source if the change is not what you meant.',
  'make.changedWhich': 'What, and where',
  'make.live': 'Your timeline is live: anyone with this link sees it, and it follows your sheet or file as you change it.',
  'make.openIt': 'Open it',
  'make.linkLabel': 'Link to your timeline',
  'make.embedLabel': 'Embed code, for an article',
  'make.copyCode': 'Copy code',
} as const satisfies Readonly<Record<string, string | EnglishPlural>>;
