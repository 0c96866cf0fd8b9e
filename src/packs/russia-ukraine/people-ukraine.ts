/**
 * Ukrainian leaders, negotiators, ministers, commanders and officials who speak to the press.
 * A role whose id is a title id (titles-*.ts) means the person holds that title over the period.
 */
import type { PersonInput } from '../schema.ts';

const OLEKSANDR = ['أولكسندر', 'أوليكسندر', 'أولكساندر', 'أوليكساندر', 'ألكسندر', 'أولكسندر', 'ألكساندر', 'أليكسندر'];
const ANDRII = ['أندريه', 'أندري', 'أندريي', 'آندريه'];
const OLEH = ['أوليغ', 'أوليه', 'أولغ', 'أوليج'];

/** Ukrainian people. */
export const ukrainianPeople: PersonInput[] = [
  {
    id: 'zelensky', en: 'Volodymyr Zelensky', ar: 'فولوديمير زيلينسكي', party: 'ukraine',
    givenNames: ['فولوديمير', 'فلاديمير', 'فولودومير'],
    forms: ['زيلينسكي', 'زيلنسكي', 'زيلينسكى', 'زلنسكي', 'زلينسكي', 'زيلينيسكي', 'زيلنيسكي', 'زيلينكسي', 'زيلينسكيي'],
    roles: [{ role: 'ua_president', en: 'President of Ukraine', ar: 'الرئيس الأوكراني', from: '2019-05-20' }],
  },
  {
    id: 'umerov', en: 'Rustem Umerov', ar: 'رستم أوميروف', party: 'ukraine',
    givenNames: ['رستم', 'روستم', 'رستيم', 'روستيم', 'رُستم'],
    forms: ['أوميروف', 'عمروف', 'عميروف', 'أومروف', 'اوميروف', 'أمروف', 'أوميرف', 'أومييروف', 'عوميروف', 'أوميروڤ', 'أميروف'],
    roles: [
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2022-02-28', to: '2022-04-30' },
      { role: 'ua_defmin', en: 'Defence minister', ar: 'وزير الدفاع', from: '2023-09-06', to: '2025-07-17' },
      { role: 'ua_chief_negotiator', en: 'Head of the Ukrainian delegation', ar: 'رئيس الوفد الأوكراني', from: '2025-05-16' },
      { role: 'ua_nsdc_secretary', en: 'Secretary of the National Security and Defence Council', ar: 'سكرتير مجلس الأمن القومي والدفاع', from: '2025-07-17' },
    ],
  },
  {
    id: 'yermak', en: 'Andriy Yermak', ar: 'أندريه يرماك', party: 'ukraine',
    givenNames: ANDRII, forms: ['يرماك', 'ييرماك', 'إيرماك'],
    roles: [{ role: 'ua_presidential_office_head', en: 'Head of the Presidential Office', ar: 'رئيس مكتب الرئيس الأوكراني', from: '2020-02-11', to: '2025-11-28' }],
  },
  {
    id: 'budanov', en: 'Kyrylo Budanov', ar: 'كيريلو بودانوف', party: 'ukraine',
    givenNames: ['كيريلو', 'كيريل', 'كيرلو', 'كيريللو'], forms: ['بودانوف', 'بودانوڤ'],
    roles: [
      { role: 'ua_hur_chief', en: 'Head of military intelligence (HUR)', ar: 'رئيس الاستخبارات العسكرية', from: '2020-08-05', to: '2026-01-02' },
      { role: 'ua_presidential_office_head', en: 'Head of the Presidential Office', ar: 'رئيس مكتب الرئيس الأوكراني', from: '2026-01-02' },
    ],
  },
  {
    id: 'sybiha', en: 'Andrii Sybiha', ar: 'أندريه سيبيها', party: 'ukraine',
    givenNames: ANDRII, forms: ['سيبيها', 'سيبيغا', 'سيبيجا', 'سيبيهه'],
    roles: [{ role: 'ua_fm', en: 'Foreign minister', ar: 'وزير الخارجية', from: '2024-09-05' }],
  },
  {
    id: 'kuleba', en: 'Dmytro Kuleba', ar: 'دميترو كوليبا', party: 'ukraine',
    givenNames: ['دميترو', 'دميتري', 'ديميترو', 'دمترو'], forms: ['كوليبا'],
    roles: [{ role: 'ua_fm', en: 'Foreign minister', ar: 'وزير الخارجية', from: '2020-03-04', to: '2024-09-05' }],
  },
  {
    id: 'shmyhal', en: 'Denys Shmyhal', ar: 'دينيس شميهال', party: 'ukraine',
    givenNames: ['دينيس', 'دنيس'], forms: ['شميهال', 'شميغال', 'شمهال', 'شميجال'],
    roles: [
      { role: 'ua_pm', en: 'Prime minister', ar: 'رئيس الوزراء', from: '2020-03-04', to: '2025-07-16' },
      { role: 'ua_defmin', en: 'Defence minister', ar: 'وزير الدفاع', from: '2025-07-17', to: '2026-01-14' },
      { role: 'ua_energy_minister', en: 'First deputy prime minister and energy minister', ar: 'النائب الأول لرئيس الوزراء ووزير الطاقة', from: '2026-01-14' },
    ],
  },
  {
    id: 'svyrydenko', en: 'Yulia Svyrydenko', ar: 'يوليا سفيريدينكو', party: 'ukraine', gender: 'female',
    givenNames: ['يوليا', 'يوليّا'], forms: ['سفيريدينكو', 'سفيريدنكو', 'سفيريدينكا'],
    roles: [{ role: 'ua_pm', en: 'Prime minister', ar: 'رئيسة الوزراء', from: '2025-07-17' }],
  },
  {
    id: 'fedorov', en: 'Mykhailo Fedorov', ar: 'ميخايلو فيدوروف', party: 'ukraine',
    givenNames: ['ميخايلو', 'ميخائيل', 'ميخايل'], forms: ['فيدوروف', 'فيودوروف'],
    roles: [
      { role: 'ua_digital_minister', en: 'Minister of digital transformation', ar: 'وزير التحول الرقمي', from: '2019-08-29', to: '2026-01-14' },
      { role: 'ua_defmin', en: 'Defence minister', ar: 'وزير الدفاع', from: '2026-01-14' },
    ],
  },
  {
    id: 'ivan_fedorov', en: 'Ivan Fedorov', ar: 'إيفان فيدوروف', party: 'ukraine',
    forms: ['إيفان فيدوروف', 'إيفان فيودوروف'],
    roles: [{ role: 'zaporizhzhia_governor', en: 'Head of the Zaporizhzhia regional military administration', ar: 'رئيس الإدارة العسكرية لمنطقة زابوريجيا' }],
  },
  {
    id: 'syrskyi', en: 'Oleksandr Syrskyi', ar: 'أولكسندر سيرسكي', party: 'ukraine',
    givenNames: OLEKSANDR, forms: ['سيرسكي', 'سيرسكيي', 'سرسكي', 'سيرسكى'],
    roles: [{ role: 'ua_commander_in_chief', en: 'Commander-in-chief of the Armed Forces', ar: 'القائد العام للقوات المسلحة الأوكرانية', from: '2024-02-08' }],
  },
  {
    id: 'zaluzhnyi', en: 'Valerii Zaluzhnyi', ar: 'فاليري زالوجني', party: 'ukraine',
    givenNames: ['فاليري', 'فاليريي'], forms: ['زالوجني', 'زالوزني', 'زالوجنيي', 'زالوجنى'],
    roles: [
      { role: 'ua_commander_in_chief', en: 'Commander-in-chief of the Armed Forces', ar: 'القائد العام للقوات المسلحة الأوكرانية', from: '2021-07-27', to: '2024-02-08' },
      { role: 'ua_ambassador_uk', en: 'Ambassador to the United Kingdom', ar: 'السفير الأوكراني لدى بريطانيا', from: '2024-05-09' },
    ],
  },
  {
    id: 'hnatov', en: 'Andrii Hnatov', ar: 'أندريه هناتوف', party: 'ukraine',
    givenNames: ANDRII, forms: ['هناتوف', 'غناتوف', 'هناتوڤ', 'جناتوف'],
    roles: [{ role: 'ua_chief_of_general_staff', en: 'Chief of the General Staff', ar: 'رئيس هيئة الأركان العامة', from: '2025-02-10' }],
  },
  {
    id: 'reznikov', en: 'Oleksii Reznikov', ar: 'أوليكسي ريزنيكوف', party: 'ukraine',
    givenNames: ['أوليكسي', 'أولكسي', 'ألكسي', 'أليكسي'], forms: ['ريزنيكوف', 'ريزنكوف'],
    roles: [
      { role: 'ua_defmin', en: 'Defence minister', ar: 'وزير الدفاع', from: '2021-11-04', to: '2023-09-05' },
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2022-02-28', to: '2022-04-30' },
    ],
  },
  {
    id: 'arakhamia', en: 'David Arakhamia', ar: 'ديفيد أراخاميا', party: 'ukraine',
    givenNames: ['ديفيد', 'دافيد', 'دايفيد'], forms: ['أراخاميا', 'أرخاميا', 'أراخامية', 'أراخميا'],
    roles: [{ role: 'ua_chief_negotiator', en: 'Head of the Ukrainian delegation', ar: 'رئيس الوفد الأوكراني', from: '2022-02-28', to: '2022-04-30' }],
  },
  {
    id: 'podolyak', en: 'Mykhailo Podolyak', ar: 'ميخايلو بودولياك', party: 'ukraine',
    givenNames: ['ميخايلو', 'ميخائيل'], forms: ['بودولياك', 'بودولاك', 'بودلياك'],
    roles: [{ role: 'ua_presidential_adviser', en: 'Adviser to the head of the Presidential Office', ar: 'مستشار رئيس مكتب الرئيس الأوكراني' }],
  },
  {
    id: 'kyslytsya', en: 'Sergiy Kyslytsya', ar: 'سيرغي كيسليتسيا', party: 'ukraine',
    givenNames: ['سيرغي', 'سيرهي', 'سيرهيي', 'سيرجي'], forms: ['كيسليتسيا', 'كيسليتسا', 'كيسليتسي'],
    roles: [
      { role: 'ua_un_ambassador', en: 'Ambassador to the United Nations', ar: 'المندوب الأوكراني لدى الأمم المتحدة', from: '2020-01-01', to: '2024-12-31' },
      { role: 'ua_first_deputy_fm', en: 'First deputy foreign minister', ar: 'النائب الأول لوزير الخارجية' },
    ],
  },
  {
    id: 'palisa', en: 'Pavlo Palisa', ar: 'بافلو باليسا', party: 'ukraine',
    givenNames: ['بافلو', 'بافل'], forms: ['باليسا'],
    roles: [{ role: 'ua_deputy_head_office', en: 'Deputy head of the Presidential Office', ar: 'نائب رئيس مكتب الرئيس الأوكراني' }],
  },
  {
    id: 'skibitskyi', en: 'Vadym Skibitskyi', ar: 'فاديم سكيبيتسكي', party: 'ukraine',
    givenNames: ['فاديم'], forms: ['سكيبيتسكي', 'سكيبيتسكيي', 'سكيبتسكي'],
    roles: [{ role: 'ua_hur_deputy', en: 'Deputy head of military intelligence (HUR)', ar: 'نائب رئيس الاستخبارات العسكرية الأوكرانية' }],
  },
  {
    id: 'kubrakov', en: 'Oleksandr Kubrakov', ar: 'أولكسندر كوبراكوف', party: 'ukraine',
    givenNames: OLEKSANDR, forms: ['كوبراكوف', 'كوبراكف', 'كوبركوف', 'كوبراكوڤ'],
    roles: [
      { role: 'ua_infrastructure_minister', en: 'Minister of infrastructure', ar: 'وزير البنية التحتية الأوكراني', from: '2021-05-20', to: '2022-12-01' },
      { role: 'grain_deal_signatory', en: 'Signed the Black Sea Grain Initiative for Ukraine in Istanbul', ar: 'وقع اتفاق تصدير الحبوب عن أوكرانيا في إسطنبول', from: '2022-07-22', to: '2022-07-23' },
      { role: 'ua_deputy_pm_restoration', en: 'Deputy prime minister for restoration and minister of infrastructure', ar: 'نائب رئيس الوزراء لشؤون إعادة الإعمار ووزير تنمية المجتمعات والبنية التحتية', from: '2022-12-01', to: '2024-05-09' },
    ],
  },
  {
    id: 'lytvyn', en: 'Dmytro Lytvyn', ar: 'دميترو ليتفين', party: 'ukraine',
    givenNames: ['دميترو', 'دميتري', 'ديميترو', 'دمترو', 'ديمترو'], forms: ['ليتفين', 'ليتفن', 'ليتڤين', 'ليتفينّ'],
    roles: [{ role: 'ua_presidential_adviser', en: 'Adviser to the President on communications', ar: 'مستشار الرئيس الأوكراني للاتصالات', from: '2024-09-01' }],
  },
  {
    id: 'kostin', en: 'Andriy Kostin', ar: 'أندريه كوستين', party: 'ukraine',
    givenNames: ANDRII, forms: ['كوستين', 'كوستن'],
    roles: [
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2022-02-28', to: '2022-04-30' },
      { role: 'ua_prosecutor_general', en: 'Prosecutor General', ar: 'المدعي العام الأوكراني', from: '2022-07-27', to: '2024-10-24' },
    ],
  },
  {
    id: 'tochytskyi', en: 'Mykola Tochytskyi', ar: 'ميكولا توشيتسكي', party: 'ukraine',
    givenNames: ['ميكولا', 'نيكولاي', 'ميكولاي'], forms: ['توشيتسكي', 'توتشيتسكي', 'توشيتسكيي', 'توشتسكي'],
    roles: [
      { role: 'ua_deputy_fm', en: 'Deputy foreign minister', ar: 'نائب وزير الخارجية الأوكراني' },
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2022-02-28', to: '2022-04-30' },
    ],
  },
  {
    id: 'chalyi', en: 'Oleksandr Chalyi', ar: 'أولكسندر تشالي', party: 'ukraine',
    givenNames: OLEKSANDR, forms: ['تشالي', 'تشالاي', 'تشاليي', 'تشالى'],
    roles: [{ role: 'delegation_member', en: 'Member of the Ukrainian delegation, former deputy foreign minister', ar: 'عضو الوفد الأوكراني', from: '2022-03-01', to: '2022-04-30' }],
  },
  {
    id: 'luhovskyi', en: 'Oleh Luhovskyi', ar: 'أوليغ لوغوفسكي', party: 'ukraine',
    givenNames: OLEH, forms: ['لوغوفسكي', 'لوهوفسكي', 'لوخوفسكي', 'لوغوفسكيي', 'لوهوفسكيي', 'لوجوفسكي'],
    roles: [
      { role: 'ua_szru_first_deputy', en: 'First deputy head of the Foreign Intelligence Service', ar: 'النائب الأول لرئيس جهاز الاستخبارات الخارجية الأوكراني' },
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2025-05-16' },
    ],
  },
  {
    id: 'bevz', en: 'Oleksandr Bevz', ar: 'أولكسندر بيفز', party: 'ukraine',
    givenNames: OLEKSANDR, forms: ['بيفز', 'بيفس', 'بيڤز'],
    roles: [
      { role: 'ua_presidential_adviser', en: 'Adviser to the Presidential Office', ar: 'مستشار مكتب الرئيس الأوكراني' },
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2025-05-16' },
    ],
  },
  {
    id: 'poklad', en: 'Oleksandr Poklad', ar: 'أولكسندر بوكلاد', party: 'ukraine',
    givenNames: OLEKSANDR, forms: ['بوكلاد', 'بوكلات'],
    roles: [
      { role: 'ua_sbu_deputy', en: 'Deputy head of the Security Service (SBU)', ar: 'نائب رئيس جهاز الأمن الأوكراني' },
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2025-05-16' },
    ],
  },
  {
    id: 'ostrianskyi', en: 'Yevhenii Ostrianskyi', ar: 'يفهين أوستريانسكي', party: 'ukraine',
    givenNames: ['يفهين', 'يفغيني', 'يفهيني', 'إيفغيني', 'يفغين'], forms: ['أوستريانسكي', 'أوسترانسكي', 'أوستريانسكيي', 'أوستريانسكى'],
    roles: [
      { role: 'ua_deputy_chief_of_general_staff', en: 'Deputy Chief of the General Staff', ar: 'نائب رئيس هيئة الأركان العامة الأوكرانية' },
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation', ar: 'عضو الوفد الأوكراني', from: '2025-07-23' },
    ],
  },
  {
    id: 'sobolev', en: 'Oleksii Sobolev', ar: 'أوليكسي سوبوليف', party: 'ukraine',
    givenNames: ['أوليكسي', 'أولكسي', 'ألكسي', 'أليكسي'], forms: ['سوبوليف', 'سوبولف'],
    roles: [
      { role: 'ua_economy_minister', en: 'Minister of economy, environment and agriculture', ar: 'وزير الاقتصاد الأوكراني', from: '2025-07-17' },
      { role: 'delegation_member', en: 'Member of the Ukrainian delegation (economic track)', ar: 'عضو الوفد الأوكراني', from: '2026-02-26' },
    ],
  },
  {
    id: 'ivashchenko', en: 'Oleh Ivashchenko', ar: 'أوليغ إيفاشينكو', party: 'ukraine',
    givenNames: OLEH, forms: ['إيفاشينكو', 'إيفاشتشينكو', 'إيفاشنكو'],
    roles: [{ role: 'ua_hur_chief', en: 'Head of military intelligence (HUR)', ar: 'رئيس الاستخبارات العسكرية', from: '2026-01-02' }],
  },
  {
    id: 'ihnat', en: 'Yurii Ihnat', ar: 'يوري إيهنات', party: 'ukraine',
    givenNames: ['يوري', 'يوريي'], forms: ['إيهنات', 'إغنات', 'إيغنات', 'إهنات', 'إجنات'],
    roles: [{ role: 'ua_air_force_spokesperson', en: 'Air Force spokesperson', ar: 'المتحدث باسم سلاح الجو الأوكراني' }],
  },
  {
    id: 'tykhyi', en: 'Heorhii Tykhyi', ar: 'هيورهي تيخي', party: 'ukraine',
    givenNames: ['هيورهي', 'جورجي', 'غيورغي', 'هيورهيي'], forms: ['تيخي', 'تيخيي'],
    roles: [{ role: 'ua_mfa_spokesperson', en: 'Foreign ministry spokesperson', ar: 'المتحدث باسم وزارة الخارجية الأوكرانية', from: '2024-02-01' }],
  },
  {
    id: 'lubinets', en: 'Dmytro Lubinets', ar: 'دميترو لوبينيتس', party: 'ukraine',
    givenNames: ['دميترو', 'دميتري'], forms: ['لوبينيتس', 'لوبينتس', 'لوبينيتز'],
    roles: [{ role: 'ua_ombudsman', en: 'Parliament commissioner for human rights', ar: 'مفوض البرلمان الأوكراني لحقوق الإنسان', from: '2022-07-01' }],
  },
  {
    id: 'klitschko', en: 'Vitali Klitschko', ar: 'فيتالي كليتشكو', party: 'ukraine',
    givenNames: ['فيتالي', 'فيتالي'], forms: ['كليتشكو', 'كلتشكو', 'كليتشكوا'],
    roles: [{ role: 'kyiv_mayor', en: 'Mayor of Kyiv', ar: 'رئيس بلدية كييف', from: '2014-06-05' }],
  },
  {
    id: 'tkachenko', en: 'Tymur Tkachenko', ar: 'تيمور تكاتشينكو', party: 'ukraine',
    forms: ['تيمور تكاتشينكو', 'تيمور تكاتشنكو'],
    roles: [{ role: 'kyiv_military_administration_head', en: 'Head of the Kyiv city military administration', ar: 'رئيس الإدارة العسكرية لمدينة كييف' }],
  },
  {
    id: 'syniehubov', en: 'Oleh Syniehubov', ar: 'أوليغ سينيهوبوف', party: 'ukraine',
    givenNames: OLEH, forms: ['سينيهوبوف', 'سينيغوبوف', 'سينهوبوف', 'سينيجوبوف'],
    roles: [{ role: 'kharkiv_governor', en: 'Governor of Kharkiv region', ar: 'حاكم منطقة خاركيف' }],
  },
  {
    id: 'terekhov', en: 'Ihor Terekhov', ar: 'إيهور تيريخوف', party: 'ukraine',
    givenNames: ['إيهور', 'إيغور', 'إيجور'], forms: ['تيريخوف', 'تيرخوف'],
    roles: [{ role: 'kharkiv_mayor', en: 'Mayor of Kharkiv', ar: 'رئيس بلدية خاركيف' }],
  },
  {
    id: 'filashkin', en: 'Vadym Filashkin', ar: 'فاديم فيلاشكين', party: 'ukraine',
    givenNames: ['فاديم'], forms: ['فيلاشكين'],
    roles: [{ role: 'donetsk_governor', en: 'Governor of Donetsk region', ar: 'حاكم منطقة دونيتسك' }],
  },
  {
    id: 'kiper', en: 'Oleh Kiper', ar: 'أوليه كيبر', party: 'ukraine',
    givenNames: OLEH, forms: ['كيبر'],
    roles: [{ role: 'odesa_governor', en: 'Governor of Odesa region', ar: 'حاكم منطقة أوديسا' }],
  },
  {
    id: 'vitaliy_kim', en: 'Vitaliy Kim', ar: 'فيتالي كيم', party: 'ukraine',
    forms: ['فيتالي كيم'],
    roles: [{ role: 'mykolaiv_governor', en: 'Governor of Mykolaiv region', ar: 'حاكم منطقة ميكولايف' }],
  },
];
