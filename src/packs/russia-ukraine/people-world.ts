/** Mediators, hosts, European and international leaders who speak about the war and the talks. */
import type { PersonInput } from '../schema.ts';

const ANTONIO = ['أنطونيو', 'أنتونيو'];
const ALEXANDER = ['ألكسندر', 'أليكسندر', 'ألكساندر'];

/** Everyone else: mediators, Europeans, international officials. */
export const worldPeople: PersonInput[] = [
  {
    id: 'erdogan', en: 'Recep Tayyip Erdoğan', ar: 'رجب طيب أردوغان', party: 'turkiye',
    givenNames: ['رجب طيب', 'رجب'], forms: ['أردوغان', 'أردوجان', 'أردغان', 'إردوغان'],
    roles: [{ role: 'tr_president', en: 'President of Türkiye', ar: 'الرئيس التركي', from: '2014-08-28' }],
  },
  {
    id: 'fidan', en: 'Hakan Fidan', ar: 'هاكان فيدان', party: 'turkiye',
    givenNames: ['هاكان'], forms: ['فيدان'],
    roles: [{ role: 'tr_fm', en: 'Foreign minister', ar: 'وزير الخارجية التركي', from: '2023-06-04' }],
  },
  {
    id: 'cavusoglu', en: 'Mevlüt Çavuşoğlu', ar: 'مولود جاويش أوغلو', party: 'turkiye',
    givenNames: ['مولود'], forms: ['جاويش أوغلو', 'شاويش أوغلو', 'تشاووش أوغلو', 'جاووش أوغلو', 'تشاوش أوغلو', 'جاويش اوغلو'],
    roles: [{ role: 'tr_fm', en: 'Foreign minister', ar: 'وزير الخارجية التركي', from: '2014-11-28', to: '2023-06-04' }],
  },
  {
    id: 'kalin', en: 'İbrahim Kalın', ar: 'إبراهيم قالن', party: 'turkiye',
    givenNames: ['إبراهيم'], forms: ['قالن', 'كالن', 'كالين'],
    roles: [{ role: 'tr_mit_head', en: 'Head of the National Intelligence Organization (MIT)', ar: 'رئيس جهاز الاستخبارات التركي', from: '2023-06-05' }],
  },
  {
    id: 'akar', en: 'Hulusi Akar', ar: 'خلوصي أكار', party: 'turkiye',
    givenNames: ['خلوصي', 'خلوصى'], forms: ['أكار', 'آكار', 'اكار', 'أقار', 'آقار'],
    roles: [
      { role: 'tr_defmin', en: 'Defence minister', ar: 'وزير الدفاع التركي', from: '2018-07-10', to: '2023-06-04' },
      { role: 'mediator', en: 'Host of the Istanbul grain-corridor talks', ar: 'مضيف محادثات ممر الحبوب في إسطنبول', from: '2022-07-13', to: '2022-07-23' },
    ],
  },
  {
    id: 'mbz', en: 'Mohamed bin Zayed', ar: 'محمد بن زايد', party: 'uae',
    forms: ['محمد بن زايد', 'محمد بن زايد آل نهيان', 'بن زايد'],
    roles: [{ role: 'uae_president', en: 'President of the UAE', ar: 'رئيس دولة الإمارات', from: '2022-05-14' }],
  },
  {
    id: 'abdullah_bin_zayed', en: 'Abdullah bin Zayed', ar: 'عبدالله بن زايد', party: 'uae',
    forms: ['عبدالله بن زايد', 'عبد الله بن زايد', 'عبدالله بن زايد آل نهيان', 'عبد الله بن زايد آل نهيان'],
    roles: [{ role: 'uae_fm', en: 'Foreign minister', ar: 'وزير الخارجية الإماراتي', from: '2006-02-09' }],
  },
  {
    id: 'tahnoun', en: 'Tahnoun bin Zayed', ar: 'طحنون بن زايد', party: 'uae',
    forms: ['طحنون بن زايد', 'طحنون بن زايد آل نهيان'],
    roles: [{ role: 'uae_nsa', en: 'National security adviser', ar: 'مستشار الأمن الوطني الإماراتي' }],
  },
  {
    id: 'mbs', en: 'Mohammed bin Salman', ar: 'محمد بن سلمان', party: 'saudi_arabia',
    forms: ['محمد بن سلمان', 'محمد بن سلمان آل سعود', 'بن سلمان'],
    roles: [{ role: 'saudi_crown_prince', en: 'Crown prince and prime minister', ar: 'ولي العهد السعودي', from: '2017-06-21' }],
  },
  {
    id: 'faisal_bin_farhan', en: 'Faisal bin Farhan', ar: 'فيصل بن فرحان', party: 'saudi_arabia',
    forms: ['فيصل بن فرحان', 'فيصل بن فرحان آل سعود', 'بن فرحان'],
    roles: [{ role: 'saudi_fm', en: 'Foreign minister', ar: 'وزير الخارجية السعودي', from: '2019-10-23' }],
  },
  {
    id: 'al_aiban', en: 'Musaed Al-Aiban', ar: 'مساعد العيبان', party: 'saudi_arabia',
    givenNames: ['مساعد', 'مساعد بن محمد'], forms: ['العيبان'],
    roles: [{ role: 'saudi_nsa', en: 'National security adviser', ar: 'مستشار الأمن الوطني السعودي' }],
  },
  {
    id: 'tamim', en: 'Tamim bin Hamad Al Thani', ar: 'تميم بن حمد آل ثاني', party: 'qatar',
    forms: ['تميم بن حمد', 'تميم بن حمد آل ثاني', 'الشيخ تميم'],
    roles: [{ role: 'qatar_emir', en: 'Emir of Qatar', ar: 'أمير قطر', from: '2013-06-25' }],
  },
  {
    id: 'qatar_pm', en: 'Mohammed bin Abdulrahman Al Thani', ar: 'محمد بن عبد الرحمن آل ثاني', party: 'qatar',
    forms: ['محمد بن عبد الرحمن آل ثاني', 'محمد بن عبدالرحمن آل ثاني', 'محمد بن عبد الرحمن', 'محمد بن عبدالرحمن'],
    roles: [{ role: 'qatar_prime_minister', en: 'Prime minister and foreign minister', ar: 'رئيس مجلس الوزراء وزير الخارجية القطري', from: '2023-03-07' }],
  },
  {
    id: 'al_khulaifi', en: 'Mohammed Al-Khulaifi', ar: 'محمد الخليفي', party: 'qatar',
    givenNames: ['محمد', 'محمد بن عبد العزيز'], forms: ['الخليفي'],
    roles: [{ role: 'qatar_minister_of_state', en: 'Minister of state at the foreign ministry', ar: 'وزير الدولة بوزارة الخارجية القطرية' }],
  },
  {
    id: 'xi', en: 'Xi Jinping', ar: 'شي جين بينغ', party: 'china',
    forms: ['شي جين بينغ', 'شي جينبينغ', 'شي جين بينج', 'شي جينبينج', 'شي جين بنغ'],
    roles: [{ role: 'cn_president', en: 'President of China', ar: 'الرئيس الصيني', from: '2013-03-14' }],
  },
  {
    id: 'wang_yi', en: 'Wang Yi', ar: 'وانغ يي', party: 'china',
    forms: ['وانغ يي', 'وانج يي', 'وانغ يى'],
    roles: [{ role: 'cn_fm', en: 'Foreign minister', ar: 'وزير الخارجية الصيني', from: '2023-07-25' }],
  },
  {
    id: 'li_hui', en: 'Li Hui', ar: 'لي هوي', party: 'china',
    forms: ['لي هوي'],
    roles: [{ role: 'cn_eurasia_envoy', en: 'Special representative for Eurasian affairs', ar: 'المبعوث الصيني الخاص للشؤون الأوراسية' }],
  },
  {
    id: 'macron', en: 'Emmanuel Macron', ar: 'إيمانويل ماكرون', party: 'france',
    givenNames: ['إيمانويل', 'إيمانوئيل', 'إمانويل'], forms: ['ماكرون'],
    roles: [{ role: 'fr_president', en: 'President of France', ar: 'الرئيس الفرنسي', from: '2017-05-14' }],
  },
  {
    // Whole names only: "بون" alone is the city of Bonn.
    id: 'bonne', en: 'Emmanuel Bonne', ar: 'إيمانويل بون', party: 'france',
    forms: ['إيمانويل بون', 'إمانويل بون', 'إيمانوئيل بون', 'إيمانويل بونّ'],
    roles: [{ role: 'fr_diplomatic_adviser', en: 'Diplomatic adviser to the French president', ar: 'المستشار الدبلوماسي للرئيس الفرنسي' }],
  },
  {
    id: 'starmer', en: 'Keir Starmer', ar: 'كير ستارمر', party: 'united_kingdom',
    givenNames: ['كير', 'كيير'], forms: ['ستارمر'],
    roles: [{ role: 'uk_pm', en: 'Prime minister', ar: 'رئيس الوزراء البريطاني', from: '2024-07-05' }],
  },
  {
    // Whole names only: "باول" alone is as often Jerome or Colin Powell.
    id: 'jonathan_powell', en: 'Jonathan Powell', ar: 'جوناثان باول', party: 'united_kingdom',
    forms: ['جوناثان باول', 'جوناتان باول', 'جوناثان پاول'],
    roles: [{ role: 'uk_nsa', en: 'National security adviser', ar: 'مستشار الأمن القومي البريطاني', from: '2024-11-01' }],
  },
  {
    id: 'boris_johnson', en: 'Boris Johnson', ar: 'بوريس جونسون', party: 'united_kingdom',
    forms: ['بوريس جونسون'],
    roles: [{ role: 'uk_pm', en: 'Prime minister', ar: 'رئيس الوزراء البريطاني', from: '2019-07-24', to: '2022-09-06' }],
  },
  {
    id: 'merz', en: 'Friedrich Merz', ar: 'فريدريش ميرتس', party: 'germany',
    givenNames: ['فريدريش', 'فريدريك', 'فريدريتش', 'فريدريخ'], forms: ['ميرتس', 'ميرز', 'ميرتز'],
    roles: [{ role: 'de_chancellor', en: 'Chancellor of Germany', ar: 'المستشار الألماني', from: '2025-05-06' }],
  },
  {
    id: 'sautter', en: 'Günter Sautter', ar: 'غونتر زاوتر', party: 'germany',
    givenNames: ['غونتر', 'جونتر', 'غونتير', 'غونتار'], forms: ['زاوتر', 'ساوتر', 'زاوتير'],
    roles: [{ role: 'de_foreign_policy_adviser', en: "Chancellor's foreign and security policy adviser", ar: 'مستشار المستشار الألماني للسياسة الخارجية والأمنية', from: '2025-05-06' }],
  },
  {
    id: 'scholz', en: 'Olaf Scholz', ar: 'أولاف شولتس', party: 'germany',
    givenNames: ['أولاف'], forms: ['شولتس', 'شولتز', 'شولز'],
    roles: [{ role: 'de_chancellor', en: 'Chancellor of Germany', ar: 'المستشار الألماني', from: '2021-12-08', to: '2025-05-06' }],
  },
  {
    id: 'von_der_leyen', en: 'Ursula von der Leyen', ar: 'أورسولا فون دير لاين', party: 'european_union', gender: 'female',
    givenNames: ['أورسولا'], forms: ['فون دير لاين', 'فون دير لايين', 'فون در لاين', 'فون ديرلاين'],
    roles: [{ role: 'ec_president', en: 'President of the European Commission', ar: 'رئيسة المفوضية الأوروبية', from: '2019-12-01' }],
  },
  {
    id: 'kallas', en: 'Kaja Kallas', ar: 'كايا كالاس', party: 'european_union', gender: 'female',
    givenNames: ['كايا', 'كاجا'], forms: ['كالاس'],
    roles: [{ role: 'eu_hr', en: 'EU High Representative for foreign affairs', ar: 'مسؤولة السياسة الخارجية في الاتحاد الأوروبي', from: '2024-12-01' }],
  },
  {
    id: 'costa', en: 'António Costa', ar: 'أنطونيو كوستا', party: 'european_union',
    forms: ['أنطونيو كوستا', 'أنتونيو كوستا'],
    roles: [{ role: 'eu_council_president', en: 'President of the European Council', ar: 'رئيس المجلس الأوروبي', from: '2024-12-01' }],
  },
  {
    id: 'rutte', en: 'Mark Rutte', ar: 'مارك روته', party: 'nato',
    givenNames: ['مارك'], forms: ['روته', 'روتي', 'روتيه'],
    roles: [{ role: 'nato_sg', en: 'NATO Secretary General', ar: 'الأمين العام لحلف شمال الأطلسي', from: '2024-10-01' }],
  },
  {
    id: 'stoltenberg', en: 'Jens Stoltenberg', ar: 'ينس ستولتنبرغ', party: 'nato',
    givenNames: ['ينس', 'يانس', 'جينس', 'يينس'], forms: ['ستولتنبرغ', 'ستولتنبرج', 'ستولتنبيرغ', 'ستولتبرغ'],
    roles: [{ role: 'nato_sg', en: 'NATO Secretary General', ar: 'الأمين العام لحلف شمال الأطلسي', from: '2014-10-01', to: '2024-10-01' }],
  },
  {
    id: 'guterres', en: 'António Guterres', ar: 'أنطونيو غوتيريش', party: 'united_nations',
    givenNames: ANTONIO, forms: ['غوتيريش', 'غوتيريس', 'جوتيريش', 'جوتيريس', 'غوتيرش'],
    roles: [{ role: 'un_sg', en: 'UN Secretary-General', ar: 'الأمين العام للأمم المتحدة', from: '2017-01-01' }],
  },
  {
    id: 'grynspan', en: 'Rebeca Grynspan', ar: 'ريبيكا غرينسبان', party: 'united_nations', gender: 'female',
    givenNames: ['ريبيكا', 'ربيكا', 'ريبكا'], forms: ['غرينسبان', 'جرينسبان', 'غرينسبن'],
    roles: [
      { role: 'unctad_sg', en: 'UNCTAD Secretary-General', ar: 'الأمينة العامة لمؤتمر الأمم المتحدة للتجارة والتنمية', from: '2021-09-13' },
      { role: 'mediator', en: 'UN negotiator of the Russia memorandum of the grain deal', ar: 'مفاوضة أممية في اتفاق الحبوب', from: '2022-06-01', to: '2023-07-18' },
    ],
  },
  {
    id: 'martin_griffiths', en: 'Martin Griffiths', ar: 'مارتن غريفيث', party: 'united_nations',
    givenNames: ['مارتن', 'مارتين'], forms: ['غريفيث', 'غريفيثس', 'جريفيث', 'غريفيتس'],
    roles: [
      { role: 'un_humanitarian_chief', en: 'UN Under-Secretary-General for Humanitarian Affairs', ar: 'وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية', from: '2021-07-19', to: '2024-06-30' },
      { role: 'mediator', en: 'UN negotiator of the Black Sea Grain Initiative', ar: 'مفاوض أممي في اتفاق الحبوب', from: '2022-06-01', to: '2023-07-18' },
    ],
  },
  {
    // The IAEA belongs to the UN system; its chief speaks for it on Zaporizhzhia.
    id: 'grossi', en: 'Rafael Grossi', ar: 'رافائيل غروسي', party: 'united_nations',
    givenNames: ['رافائيل', 'رافاييل'], forms: ['غروسي', 'جروسي'],
    roles: [{ role: 'iaea_dg', en: 'IAEA Director General', ar: 'المدير العام للوكالة الدولية للطاقة الذرية', from: '2019-12-03' }],
  },
  {
    id: 'lukashenko', en: 'Alexander Lukashenko', ar: 'ألكسندر لوكاشينكو', party: 'belarus',
    givenNames: ALEXANDER, forms: ['لوكاشينكو', 'لوكاشنكو', 'لوكاتشينكو'],
    roles: [{ role: 'by_president', en: 'President of Belarus', ar: 'الرئيس البيلاروسي', from: '1994-07-20' }],
  },
  {
    // Whole names only: "ماكي" alone is as often Macky Sall.
    id: 'makei', en: 'Vladimir Makei', ar: 'فلاديمير ماكي', party: 'belarus',
    forms: ['فلاديمير ماكي', 'فلاديمير ماكيه', 'فلاديمير ماكيي'],
    roles: [
      { role: 'by_fm', en: 'Foreign minister of Belarus', ar: 'وزير الخارجية البيلاروسي', from: '2012-08-20', to: '2022-11-26' },
      { role: 'mediator', en: 'Opened the first round of the 2022 talks in the Gomel region', ar: 'افتتح الجولة الأولى من محادثات 2022 في منطقة غوميل', from: '2022-02-28', to: '2022-03-01' },
    ],
  },
  {
    id: 'pope_leo', en: 'Pope Leo XIV', ar: 'البابا لاوون الرابع عشر', party: 'vatican',
    forms: ['البابا لاوون', 'البابا لاوون الرابع عشر', 'البابا ليو', 'البابا ليو الرابع عشر', 'البابا ليون الرابع عشر', 'لاوون الرابع عشر', 'ليو الرابع عشر'],
    roles: [{ role: 'pope', en: 'Pope', ar: 'البابا', from: '2025-05-08' }],
  },
  {
    id: 'pope_francis', en: 'Pope Francis', ar: 'البابا فرنسيس', party: 'vatican',
    forms: ['البابا فرنسيس', 'البابا فرانسيس', 'البابا فرانشيسكو'],
    roles: [{ role: 'pope', en: 'Pope', ar: 'البابا', from: '2013-03-13', to: '2025-04-21' }],
  },
  {
    id: 'meloni', en: 'Giorgia Meloni', ar: 'جورجيا ميلوني', party: 'italy', gender: 'female',
    givenNames: ['جورجيا', 'جيورجيا'], forms: ['ميلوني'],
    roles: [{ role: 'it_pm', en: 'Prime minister of Italy', ar: 'رئيسة الوزراء الإيطالية', from: '2022-10-22' }],
  },
  {
    id: 'orban', en: 'Viktor Orbán', ar: 'فيكتور أوربان', party: 'hungary',
    givenNames: ['فيكتور'], forms: ['أوربان'],
    roles: [{ role: 'hu_pm', en: 'Prime minister of Hungary', ar: 'رئيس الوزراء المجري', from: '2010-05-29' }],
  },
  {
    id: 'tusk', en: 'Donald Tusk', ar: 'دونالد توسك', party: 'poland',
    givenNames: ['دونالد'], forms: ['توسك'],
    roles: [{ role: 'pl_pm', en: 'Prime minister of Poland', ar: 'رئيس الوزراء البولندي', from: '2023-12-13' }],
  },
  {
    id: 'kristersson', en: 'Ulf Kristersson', ar: 'أولف كريسترسون', party: 'sweden',
    givenNames: ['أولف', 'أولوف'], forms: ['كريسترسون', 'كريسترشون', 'كريستيرسون', 'كريسترسن', 'كرسترسون'],
    roles: [{ role: 'se_pm', en: 'Prime minister of Sweden', ar: 'رئيس الوزراء السويدي', from: '2022-10-18' }],
  },
  {
    id: 'stubb', en: 'Alexander Stubb', ar: 'ألكسندر ستاب', party: 'finland',
    givenNames: ALEXANDER, forms: ['ستاب', 'ستوب'],
    roles: [{ role: 'fi_president', en: 'President of Finland', ar: 'الرئيس الفنلندي', from: '2024-03-01' }],
  },
  {
    id: 'modi', en: 'Narendra Modi', ar: 'ناريندرا مودي', party: 'india',
    givenNames: ['ناريندرا', 'نارندرا'], forms: ['مودي'],
    roles: [{ role: 'in_pm', en: 'Prime minister of India', ar: 'رئيس الوزراء الهندي', from: '2014-05-26' }],
  },
  {
    id: 'lula', en: 'Luiz Inácio Lula da Silva', ar: 'لولا دا سيلفا', party: 'brazil',
    // Never "لولا" alone: it is also the everyday word "if not for".
    forms: ['لولا دا سيلفا', 'لويز إيناسيو لولا دا سيلفا', 'دا سيلفا'],
    roles: [{ role: 'br_president', en: 'President of Brazil', ar: 'الرئيس البرازيلي', from: '2023-01-01' }],
  },
  {
    id: 'cassis', en: 'Ignazio Cassis', ar: 'إينياتسيو كاسيس', party: 'switzerland',
    givenNames: ['إينياتسيو', 'إغنازيو', 'إيناتسيو'], forms: ['كاسيس'],
    roles: [{ role: 'ch_fm', en: 'Foreign minister of Switzerland', ar: 'وزير الخارجية السويسري', from: '2017-11-01' }],
  },
  {
    id: 'kim_jong_un', en: 'Kim Jong Un', ar: 'كيم جونغ أون', party: 'north_korea',
    forms: ['كيم جونغ أون', 'كيم جونج أون', 'كيم يونغ أون'],
    roles: [{ role: 'kp_leader', en: 'Leader of North Korea', ar: 'الزعيم الكوري الشمالي', from: '2011-12-17' }],
  },
];
