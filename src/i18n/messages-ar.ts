import type { Catalogue } from './messages-en.ts';

/**
 * The Arabic catalogue (Modern Standard Arabic, the terms of ../shared/research/arabic-glossary.md),
 * loaded only for a reader who reads Arabic (load-language.ts). A missing key fails the type check.
 */
export const ar: Catalogue = {
  'language.switch': 'اللغة',
  'language.other': 'English',
  'date.approximate': 'نحو {date}',
  'date.precisionApproximate': 'تاريخ تقريبي',
  'date.precisionYear': 'التاريخ معروف بالسنة فقط',
  'date.precisionMonth': 'التاريخ معروف بالشهر فقط',
  'date.weekOf': 'أسبوع {date}',
  'header.updated': 'آخر تحديث',
  'header.count': {
    zero: 'لا توجد أحداث',
    one: '{shown} من أصل حدث واحد',
    two: '{shown} من أصل حدثين',
    few: '{shown} من أصل {count} أحداث',
    many: '{shown} من أصل {count} حدثًا',
    other: '{shown} من أصل {count} حدث',
  },
  'header.more': 'المزيد',
  'header.less': 'أقل',
  'header.ofDescription': ' من الوصف',
};
