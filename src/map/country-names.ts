import { localeTag, type Language } from '../i18n/languages.ts';

/**
 * Country names on the map in the page's language. The atlas (world-atlas, Natural Earth)
 * names its countries in English and gives each its ISO 3166-1 numeric code; Intl names
 * regions by their two-letter code, so this table joins the two (made from Intl's English
 * names matched against the atlas's, with the atlas's short forms such as "Dem. Rep. Congo" by
 * hand). English keeps the atlas's own names; a country not in the table keeps them too.
 */
const CODES = '004AF 008AL 010AQ 012DZ 024AO 031AZ 032AR 036AU 040AT 044BS 050BD 051AM 056BE 064BT 068BO 070BA 072BW 076BR 084BZ 090SB 096BN 100BG 104MM 108BI 112BY 116KH 120CM 124CA 140CF 144LK 148TD 152CL 156CN 158TW 170CO 178CG 180CD 188CR 191HR 192CU 196CY 203CZ 204DY 208DK 214DO 218EC 222SV 226GQ 231ET 232ER 233EE 238FK 242FJ 246FI 250FX 260TF 262DJ 266GA 268GE 270GM 275PS 276DE 288GH 300GR 304GL 320GT 324GN 328GY 332HT 340HN 348HU 352IS 356IN 360ID 364IR 368IQ 372IE 376IL 380IT 384CI 388JM 392JP 398KZ 400JO 404KE 408KP 410KR 414KW 417KG 418LA 422LB 426LS 428LV 430LR 434LY 440LT 442LU 450MG 454MW 458MY 466ML 478MR 484MX 496MN 498MD 499ME 504MA 508MZ 512OM 516NA 524NP 528NL 540NC 548VU 554NZ 558NI 562NE 566NG 578NO 586PK 591PA 598PG 600PY 604PE 608PH 616PL 620PT 624GW 626TP 630PR 634QA 642RO 643SU 646RW 682SA 686SN 688YU 694SL 703SK 704VN 705SI 706SO 710ZA 716ZW 724ES 728SS 729SD 732EH 740SR 748SZ 752SE 756CH 760SY 762TJ 764TH 768TG 780TT 784AE 788TN 792TR 795TM 800UG 804UA 807MK 818EG 826UK 834TZ 840US 854HV 858UY 860UZ 862VE 887YE 894ZM';

let byNumber: ReadonlyMap<string, string> | undefined;
const namers = new Map<Language, Intl.DisplayNames>();

/** The two-letter code of an atlas country id ("368" → "IQ"). */
export function regionCode(id: string): string | undefined {
  byNumber ??= new Map(CODES.split(' ').map((entry) => [entry.slice(0, 3), entry.slice(3)]));
  return byNumber.get(id);
}

export function countryName(id: string, atlasName: string, language: Language): string {
  if (language === 'en') return atlasName;
  const code = regionCode(id);
  if (!code) return atlasName;
  let namer = namers.get(language);
  if (!namer) namers.set(language, (namer = new Intl.DisplayNames([localeTag(language)], { type: 'region' })));
  return namer.of(code) ?? atlasName;
}
