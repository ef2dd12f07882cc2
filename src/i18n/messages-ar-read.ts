import { isolate, ltr } from './bidi-isolate.ts';
import type { ReadFailureCatalogue } from './messages-en.ts';

/**
 * A source that cannot be read, in Arabic (messages-en-read.ts, messages-en-sheets.ts): loaded
 * only when such a failure is shown on an Arabic page (ui/use-load-failure-words.ts), when the
 * network has just brought the source; a failed fetch's words are in messages-ar.ts. What an
 * English message says in {detail} (an engine's or the validator's words) is never in these
 * sentences: the page shows it apart, in English. A missing key fails the type check.
 */
const XLSX = ltr('Excel\u00a0(.xlsx)');
const SHEET_SLOT = isolate('{sheet}');
// A spreadsheet whose first row names neither template's columns (the read.*UnknownSheet messages).
const UNKNOWN_SHEET =
  `لا يسمّي صفّه الأول أعمدة قالب الجداول في هذا التطبيق (${ltr('date, title, category, source_1_url …')}) ولا أعمدة قالب TimelineJS ` +
  `(${ltr('Year, Month, Day, Headline, Text, Media …')}). ابدأ من ${ltr('public/template.csv')} (انظر ملف README).`;

export const arRead: ReadFailureCatalogue = {
  'sheets.notShared':
    'لم تُرسل «جداول بيانات Google» الجدول: فهو غير مشارك مع الجميع بعد. في «جداول بيانات Google» اختر ملف ← مشاركة ← النشر على الويب، ' +
    `ثم اختر علامة التبويب و«قيم مفصولة بفواصل ${ltr('(.csv)')}»، وانقر «نشر»، والصق الرابط الذي يظهر لك؛ أو اختر مشاركة ← الوصول العام ← ` +
    '«أي شخص لديه الرابط» (عارض)، وانقر «تم»، والصق عنوان الجدول من متصفحك.',
  'read.html': 'المصدر صفحة ويب (HTML)، وليس ملف بيانات.',
  'read.notUtf8': `الملف ليس نصًا بترميز UTF-8: يبدو أنه بترميز UTF-16 أو بيانات ثنائية. احفظه بصيغة JSON أو CSV بترميز UTF-8، أو مصنّفًا في ${XLSX}.`,
  'read.empty': 'مجموعة البيانات ليست JSON صالحًا (الملف فارغ).',
  'read.invalidJson': 'مجموعة البيانات ليست JSON صالحًا.',
  'read.cutOffJson': 'مجموعة البيانات ليست JSON صالحًا: ينتهي النص في منتصفه، كأنه مقطوع.',
  'read.neitherJsonNorSheet':
    'مجموعة البيانات ليست JSON صالحًا، ولا جدولًا يقرؤه هذا التطبيق (CSV أو نصًا مفصولًا بعلامات الجدولة يسمّي صفّه الأول الأعمدة: قالب هذا التطبيق، أو قالب TimelineJS، أو ملفًا مُصدَّرًا من ACLED).',
  'read.unknownJson': `ملف JSON هذا ليس مجموعة بيانات لخط زمني: ليس فيه "version" ولا "events" (صيغة هذا التطبيق)، وليس ملف TimelineJS؛ ومفاتيحه في المستوى الأعلى هي ${ltr('{keys}')}.`,
  'read.unknownJsonMore':
    `ملف JSON هذا ليس مجموعة بيانات لخط زمني: ليس فيه "version" ولا "events" (صيغة هذا التطبيق)، وليس ملف TimelineJS؛ ومفاتيحه في المستوى الأعلى هي ${ltr('{keys}')} و{more} غيرها.`,
  'read.unknownJsonEmpty': 'ملف JSON هذا ليس مجموعة بيانات لخط زمني: ليس فيه "version" ولا "events" (صيغة هذا التطبيق)، وليس ملف TimelineJS؛ وهو كائن فارغ.',
  'read.notAnObject': 'البيانات ليست كائن مجموعة بيانات فيه "version" و"title" و"categories" و"events".',
  'read.notExpected': 'مجموعة البيانات ليست بالصيغة المتوقعة.',
  'read.timelineJsNotObject': 'ملف TimelineJS ليس كائن JSON.',
  'read.timelineJsEventsNotList': 'الحقل "events" في ملف TimelineJS ليس قائمة.',
  'read.timelineJsErasNotList': 'الحقل "eras" في ملف TimelineJS ليس قائمة.',
  'read.timelineJsEmpty': 'ليس في ملف TimelineJS أحداث ولا حِقب.',
  'read.timelineJsSheetEmpty': 'في جدول TimelineJS صف عناوين، ولكن لا أحداث فيه.',
  'read.templateSheetEmpty': 'في الجدول صف عناوين، ولكن لا أحداث فيه.',
  'read.acledColumn': 'ليس في ملف CSV عمود "{column}"، فهو ليس ملفًا مُصدَّرًا من ACLED يستطيع هذا التطبيق قراءته.',
  'read.acledEmpty': 'في ملف ACLED بصيغة CSV صف عناوين، ولكن لا أحداث فيه.',
  'read.fileUnknownSheet': `تتعذّر قراءة الملف: ${UNKNOWN_SHEET}`,
  'read.sheetUnknownSheet': `تتعذّر قراءة الورقة "${SHEET_SLOT}": ${UNKNOWN_SHEET}`,
  'read.firstSheetUnknownSheet': `تتعذّر قراءة الورقة الأولى من المصنّف: ${UNKNOWN_SHEET}`,
  'read.fileAcled': 'الملف مُصدَّر من ACLED: احفظه بصيغة CSV لقراءته هنا.',
  'read.sheetAcled': `الورقة "${SHEET_SLOT}" مُصدَّرة من ACLED: احفظها بصيغة CSV لقراءتها هنا.`,
  'read.firstSheetAcled': 'الورقة الأولى من المصنّف مُصدَّرة من ACLED: احفظها بصيغة CSV لقراءتها هنا.',
  'read.noSuchSheet': `ليس في المصنّف ورقة باسم "${SHEET_SLOT}"؛ أوراقه هي ${isolate('{sheets}')}.`,
  'read.badWorkbook': `يبدأ الملف كمصنّف ${XLSX}، لكن تتعذّر قراءته بوصفه مصنّفًا.`,
  'read.badParquet': 'هذا ليس ملف Parquet يمكن قراءته.',
  'read.parquetMetadata': `ليس في ملف Parquet هذا بيانات وصفية باسم "{key}": اكتبه بالأمر ${ltr('npm run convert -- <in> --to parquet')}.`,
  'read.parquetIndexFormat': `ليس هذا الملف JSON فهرسًا لملفات Parquet: يجب أن تكون قيمة "format" فيه ${ltr('"{format}"')}.`,
  'read.parquetIndexVersion': 'فهرس ملفات Parquet هذا من الإصدار {version}؛ يقرأ هذا التطبيق الإصدار 1.',
  'read.parquetIndexNoFiles': `لا يذكر فهرس ملفات Parquet هذا أي ملف: يجب أن تكون "files" قائمة بمُدخلات مثل ${ltr('{"url": "events-2024.parquet"}')}.`,
  'read.parquetIndexTooMany':
    'يذكر فهرس ملفات Parquet هذا {count} ملفًا؛ والصفحة تفتح {limit} ملفًا على الأكثر، لأنها تقرأ تذييل كل ملف قبل الرسم: قسّم البيانات على فترات أطول.',
  'read.parquetIndexEntry': 'يتعذّر استخدام المُدخل {entry} من فهرس ملفات Parquet هذا.',
  'read.parquetIndexUrl': `المُدخل {entry} من فهرس ملفات Parquet هذا، ${isolate('"{url}"')}، ليس عنوان ${ltr('http(s)')}، فلا يُفتح.`,
  'read.parquetIndexCategories': `ليست لملفات هذا الفهرس الفئات نفسها: حوّلها من مصدر واحد بالخيار ${ltr('--split-by=year')}، أو أعطِ كل ملف الفئات نفسها.`,
  'read.parquetIndexWhole': `هذا فهرس لملفات Parquet: تفتحه الصفحة بعنوانه على الويب (رابط ينتهي بـ ${ltr('.parquet-index.json')}) ويفحصه الأمر ${ltr('npm run validate')}، ولكن لا يمكن قراءته هنا بوصفه ملفًا واحدًا.`,
  'read.fileNotJson': 'الملف ليس JSON صالحًا.',
  'read.unknownFormat':
    'الملف ليس بصيغة يقرؤها هذا التطبيق: المتوقَّع مجموعة بيانات JSON بصيغة conflict-timeline (انظر ملف README)، أو ملف JSON من TimelineJS، أو ملف CSV مُصدَّر من ACLED (صف عناوين يسمّي event_id_cnty وevent_date).',
  'read.noFile': 'لا يوجد ملف بهذا الاسم.',
  'read.folder': 'هذا مجلد، وليس ملفًا.',
  'read.noPermission': 'تتعذّر قراءة الملف (الإذن مرفوض).',
  'read.fileFailed': 'تتعذّر قراءة الملف.',
};
