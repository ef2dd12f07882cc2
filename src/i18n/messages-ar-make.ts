import { isolate, ltr } from './bidi-isolate.ts';
import type { MakeCatalogue } from './messages-en.ts';

const XLSX = ltr('Excel\u00a0(.xlsx)');
const NAME = isolate('{name}');
const FROM = isolate('{from}');

/**
 * The /make page in Arabic (Modern Standard Arabic, the glossary's UI terms), loaded only for an
 * Arabic page at /make (load-language.ts, loadMakeMessages). A missing key fails the type check.
 * Google Sheets' menus are named as its Arabic interface names them, with ← for the path (right
 * to left). Format names (CSV, JSON, Excel, TimelineJS, ACLED) stay in Latin letters; a file's
 * name and Latin text with punctuation are isolated (bidi-isolate.ts).
 */
export const arMake: MakeCatalogue = {
  'make.back': '→ الخط الزمني',
  'make.lead': 'اعرض جدولك أو ملف بياناتك على شكل خط زمني قبل أن تنشره: الصق رابطه، أو افتحه من هذا الحاسوب.',
  'make.yourData': 'بياناتك',
  'make.templateStart': 'ليس لديك جدول بعد؟ ابدأ من ',
  'make.templateLink': 'قالبنا (template.csv)',
  'make.templateEnd':
    ': حدث واحد في كل صف، مع ثلاثة أمثلة للنسخ. افتحه في «جداول بيانات Google» أو في Excel، واملأه، ثم افتحه هنا. وتعمل جداول TimelineJS كما هي. ويسرد ملف README (بالإنجليزية) كل الأعمدة.',
  'make.reading': `جارٍ قراءة ${NAME}…`,
  'make.read': {
    zero: `لم يُقرأ أي حدث من ${FROM}{skipped}.`,
    one: `قُرئ حدث واحد من ${FROM}{skipped}.`,
    two: `قُرئ حدثان من ${FROM}{skipped}.`,
    few: `قُرئت {count} أحداث من ${FROM}{skipped}.`,
    many: `قُرئ {count} حدثًا من ${FROM}{skipped}.`,
    other: `قُرئ {count} حدث من ${FROM}{skipped}.`,
  },
  'make.readSkipped': {
    zero: '؛ ولم يُتخطَّ أي سجل',
    one: '؛ وتُخطّي سجل واحد',
    two: '؛ وتُخطّي سجلان',
    few: '؛ وتُخطّيت {count} سجلات',
    many: '؛ وتُخطّي {count} سجلًا',
    other: '؛ وتُخطّي {count} سجل',
  },
  'make.theLink': 'الرابط',
  'make.fileFailed': `تعذّرت قراءة ${NAME}.`,
  'make.fromFile': `{events} من ${NAME}`,
  'make.nothingToFix': '{result}، ولا شيء يحتاج إلى إصلاح.',
  'make.resultEnd': '{result}.',
  'make.shareIt': 'شاركه',
  'make.publishIt': 'انشره',
  'make.previewTitle': 'معاينة',
  'make.previewLead': 'كما سيراه القرّاء. اختر حدثًا لقراءته كاملًا.',
  'make.onTheWeb': 'لمشاركة هذا الخط الزمني يجب أن تكون بياناته على الويب: فالملف الموجود على حاسوبك ليس له عنوان يمكن أن يشير إليه رابط.',
  'make.putOnTheWeb':
    'ضع الملف حيث يستطيع أي شخص تنزيله، مثل GitHub Pages أو أي خادم ويب يسمح للمواقع الأخرى بقراءته؛ أو احتفظ ببياناتك في «جداول بيانات Google» وانشرها على الويب (ملف ← مشاركة ← النشر على الويب).',
  'make.pasteItsLink': 'الصق رابطه أعلاه: ستحصل على رابط خطك الزمني وعلى شيفرة تضمينه.',
  'make.downloadJson': 'تنزيل بصيغة JSON',
  'make.jsonNote': {
    zero: `${NAME}: لا أحداث فيه.`,
    one: `${NAME}: الحدث المعروض أدناه، بصيغة هذا التطبيق.`,
    two: `${NAME}: الحدثان المعروضان أدناه، بصيغة هذا التطبيق.`,
    few: `${NAME}: الأحداث المعروضة أدناه ({count})، بصيغة هذا التطبيق.`,
    many: `${NAME}: الأحداث المعروضة أدناه ({count})، بصيغة هذا التطبيق.`,
    other: `${NAME}: الأحداث المعروضة أدناه ({count})، بصيغة هذا التطبيق.`,
  },
  'make.openFile': 'أو افتح ملفًا',
  'make.fileKinds': `CSV، أو نص مفصول بعلامات الجدولة، أو ${XLSX}، أو JSON بصيغة هذا التطبيق، أو JSON من TimelineJS، أو ملف مُصدَّر من ACLED.`,
  'make.chooseOrDrop': 'اختر ملفًا، أو أفلته هنا',
  'make.chooseFile': 'اختر ملفًا',
  'make.orDrop': 'أو أفلته هنا',
  'make.notUploaded': 'يقرأ متصفحك الملف على هذا الحاسوب: لا يُرفع أي شيء.',
  'make.linkEmpty': 'الصق أولًا رابط جدولك أو ملفك.',
  'make.linkTooLong': 'هذا الرابط أطول من أن يُشارَك (أكثر من {limit} حرف).',
  'make.linkNotWeb': `هذا ليس عنوان ويب: الصق رابطًا يبدأ بـ ${ltr('https://')}.`,
  'make.pasteLink': 'الصق رابطًا',
  'make.linkHint': `رابط «جداول بيانات Google» كما تنسخه، أو عنوان ملف CSV أو نص مفصول بعلامات الجدولة أو ${XLSX} أو JSON.`,
  'make.previewButton': 'معاينة',
  'make.sheetsHint': 'من «جداول بيانات Google»: ملف ← مشاركة ← النشر على الويب، أو مشاركة ← «أي شخص لديه الرابط»؛ ثم انسخ الرابط من شريط العنوان.',
  'make.changed': {
    zero: 'لا تعديلات أثناء القراءة',
    one: 'تعديل واحد أثناء القراءة',
    two: 'تعديلان أثناء القراءة',
    few: '{count} تعديلات أثناء القراءة',
    many: '{count} تعديلًا أثناء القراءة',
    other: '{count} تعديل أثناء القراءة',
  },
  'make.changedStill': 'ما زالت السجلات معروضة؛ أصلح المصدر إن لم يكن التعديل ما قصدته.',
  'make.changedWhich': 'ما الذي تغيّر، وأين',
  'make.live': 'خطك الزمني منشور: يراه كل من لديه هذا الرابط، ويتبع جدولك أو ملفك كلما غيّرته.',
  'make.openIt': 'افتحه',
  'make.linkLabel': 'رابط خطك الزمني',
  'make.embedLabel': 'شيفرة التضمين، لمقالة',
  'make.copyCode': 'نسخ الشيفرة',
};
