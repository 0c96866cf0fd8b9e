/** American leaders, envoys, ministers, commanders and spokespeople, 2021–2026. */
import type { PersonInput } from '../schema.ts';

/** American people. */
export const americanPeople: PersonInput[] = [
  {
    id: 'trump', en: 'Donald Trump', ar: 'دونالد ترامب', party: 'united_states',
    givenNames: ['دونالد'], forms: ['ترامب', 'ترمب', 'ترامبْ'],
    roles: [
      { role: 'us_president', en: 'President of the United States', ar: 'الرئيس الأمريكي', from: '2017-01-20', to: '2021-01-20' },
      { role: 'us_president', en: 'President of the United States', ar: 'الرئيس الأمريكي', from: '2025-01-20' },
    ],
  },
  {
    id: 'biden', en: 'Joe Biden', ar: 'جو بايدن', party: 'united_states',
    givenNames: ['جو', 'جوزيف'], forms: ['بايدن', 'بايدين'],
    roles: [{ role: 'us_president', en: 'President of the United States', ar: 'الرئيس الأمريكي', from: '2021-01-20', to: '2025-01-20' }],
  },
  {
    id: 'witkoff', en: 'Steve Witkoff', ar: 'ستيف ويتكوف', party: 'united_states',
    givenNames: ['ستيف', 'ستيفن', 'ستيفين'], forms: ['ويتكوف', 'ويتكوب', 'ويتكووف', 'ويتكف', 'ويتكوڤ', 'ويتكوفّ'],
    roles: [{ role: 'us_envoy', en: 'Special envoy of the US president', ar: 'المبعوث الخاص للرئيس الأمريكي', from: '2025-01-20' }],
  },
  {
    id: 'kushner', en: 'Jared Kushner', ar: 'جاريد كوشنر', party: 'united_states',
    givenNames: ['جاريد', 'جارد', 'جيرد', 'غاريد', 'جاريت'], forms: ['كوشنر', 'كوشنير', 'كوشنِر'],
    roles: [{ role: 'us_negotiator', en: 'US negotiator, son-in-law of President Trump', ar: 'مفاوض أمريكي وصهر الرئيس ترامب', from: '2025-11-01' }],
  },
  {
    id: 'rubio', en: 'Marco Rubio', ar: 'ماركو روبيو', party: 'united_states',
    givenNames: ['ماركو'], forms: ['روبيو', 'روبيوا'],
    roles: [
      { role: 'us_secstate', en: 'Secretary of State', ar: 'وزير الخارجية الأمريكي', from: '2025-01-21' },
      { role: 'us_nsa', en: 'National security adviser', ar: 'مستشار الأمن القومي الأمريكي', from: '2025-05-01' },
    ],
  },
  {
    id: 'vance', en: 'JD Vance', ar: 'جيه دي فانس', party: 'united_states',
    givenNames: ['جيه دي', 'جي دي', 'جاي دي', 'جيمس ديفيد'], forms: ['فانس'],
    roles: [{ role: 'us_vp', en: 'Vice President', ar: 'نائب الرئيس الأمريكي', from: '2025-01-20' }],
  },
  {
    id: 'kellogg', en: 'Keith Kellogg', ar: 'كيث كيلوغ', party: 'united_states',
    givenNames: ['كيث', 'كيت', 'كايث'], forms: ['كيلوغ', 'كيلوج', 'كيلوق', 'كيلوك', 'كلوغ'],
    // He said in November 2025 that he would leave in January 2026.
    roles: [{ role: 'us_ukraine_envoy', en: 'Special envoy for Ukraine', ar: 'المبعوث الأمريكي الخاص إلى أوكرانيا', from: '2025-01-20', to: '2026-01-31' }],
  },
  {
    id: 'driscoll', en: 'Dan Driscoll', ar: 'دان دريسكول', party: 'united_states',
    givenNames: ['دان', 'دانيال', 'دانيل'], forms: ['دريسكول', 'دريسكل'],
    roles: [
      { role: 'us_army_secretary', en: 'Secretary of the Army', ar: 'وزير الجيش الأمريكي', from: '2025-02-25' },
      { role: 'us_negotiator', en: 'US negotiator on Ukraine', ar: 'مفاوض أمريكي بشأن أوكرانيا', from: '2025-11-18' },
    ],
  },
  {
    id: 'gruenbaum', en: 'Josh Gruenbaum', ar: 'جوش غرونباوم', party: 'united_states',
    givenNames: ['جوش', 'جوشوا'], forms: ['غرونباوم', 'جرونباوم', 'غروينباوم', 'جروينباوم', 'غرونبوم', 'جرونبوم'],
    roles: [
      { role: 'us_fas_commissioner', en: 'Commissioner of the Federal Acquisition Service', ar: 'مفوض خدمة الاستحواذ الفيدرالية الأمريكية' },
      { role: 'us_negotiator', en: 'Member of the US negotiating team', ar: 'عضو فريق التفاوض الأمريكي', from: '2026-01-23' },
    ],
  },
  {
    // Whole names only: "أنطون" alone is a given name (Anton Siluanov).
    id: 'michael_anton', en: 'Michael Anton', ar: 'مايكل أنطون', party: 'united_states',
    forms: ['مايكل أنطون', 'مايكل أنتون', 'مايكل آنتون'],
    roles: [
      { role: 'us_policy_planning_director', en: 'Director of Policy Planning, State Department', ar: 'مدير تخطيط السياسات في وزارة الخارجية الأمريكية' },
      { role: 'delegation_member', en: 'Co-head of the US delegation (Riyadh technical talks)', ar: 'عضو الوفد الأمريكي', from: '2025-03-23', to: '2025-03-26' },
    ],
  },
  {
    // Whole names only: "بيك" alone is too common a word.
    id: 'andrew_peek', en: 'Andrew Peek', ar: 'أندرو بيك', party: 'united_states',
    forms: ['أندرو بيك', 'آندرو بيك', 'اندرو بيك'],
    roles: [
      { role: 'us_nsc_senior_director', en: 'Senior director for Europe and Russia, National Security Council', ar: 'كبير مديري شؤون أوروبا وروسيا في مجلس الأمن القومي الأمريكي' },
      { role: 'delegation_member', en: 'Co-head of the US delegation (Riyadh technical talks)', ar: 'عضو الوفد الأمريكي', from: '2025-03-23', to: '2025-03-26' },
    ],
  },
  {
    id: 'hegseth', en: 'Pete Hegseth', ar: 'بيت هيغسيث', party: 'united_states',
    givenNames: ['بيت', 'بيتر'], forms: ['هيغسيث', 'هيجسيث', 'هيغسث', 'هيغسيت', 'هيغزيث'],
    roles: [{ role: 'us_defsec', en: 'Secretary of Defense (of War)', ar: 'وزير الدفاع (الحرب) الأمريكي', from: '2025-01-25' }],
  },
  {
    id: 'waltz', en: 'Mike Waltz', ar: 'مايك والتز', party: 'united_states',
    givenNames: ['مايك', 'مايكل'], forms: ['والتز', 'وولتز', 'والز'],
    roles: [
      { role: 'us_nsa', en: 'National security adviser', ar: 'مستشار الأمن القومي الأمريكي', from: '2025-01-20', to: '2025-05-01' },
      { role: 'us_un_ambassador', en: 'Ambassador to the United Nations', ar: 'المندوب الأمريكي لدى الأمم المتحدة', from: '2025-09-19' },
    ],
  },
  {
    id: 'bessent', en: 'Scott Bessent', ar: 'سكوت بيسنت', party: 'united_states',
    givenNames: ['سكوت'], forms: ['بيسنت', 'بيسينت', 'بيسانت'],
    roles: [{ role: 'us_treasury', en: 'Treasury Secretary', ar: 'وزير الخزانة الأمريكي', from: '2025-01-28' }],
  },
  {
    id: 'blinken', en: 'Antony Blinken', ar: 'أنتوني بلينكن', party: 'united_states',
    givenNames: ['أنتوني', 'أنطوني'], forms: ['بلينكن', 'بلينكين'],
    roles: [{ role: 'us_secstate', en: 'Secretary of State', ar: 'وزير الخارجية الأمريكي', from: '2021-01-26', to: '2025-01-20' }],
  },
  {
    id: 'austin', en: 'Lloyd Austin', ar: 'لويد أوستن', party: 'united_states',
    givenNames: ['لويد'], forms: ['أوستن', 'أوستين'],
    roles: [{ role: 'us_defsec', en: 'Secretary of Defense', ar: 'وزير الدفاع الأمريكي', from: '2021-01-22', to: '2025-01-20' }],
  },
  {
    id: 'sullivan', en: 'Jake Sullivan', ar: 'جيك سوليفان', party: 'united_states',
    givenNames: ['جيك', 'جايك'], forms: ['سوليفان'],
    roles: [{ role: 'us_nsa', en: 'National security adviser', ar: 'مستشار الأمن القومي الأمريكي', from: '2021-01-20', to: '2025-01-20' }],
  },
  {
    id: 'grynkewich', en: 'Alexus Grynkewich', ar: 'أليكسوس غرينكويتش', party: 'united_states',
    givenNames: ['أليكسوس', 'ألكسوس', 'أليكسس'], forms: ['غرينكويتش', 'غرينكيفيتش', 'جرينكويتش', 'غرينكيويتش', 'غرينكيوتش'],
    roles: [{ role: 'us_eucom_commander', en: 'Commander of US European Command and NATO SACEUR', ar: 'قائد القوات الأمريكية في أوروبا', from: '2025-07-01' }],
  },
  {
    id: 'leavitt', en: 'Karoline Leavitt', ar: 'كارولين ليفيت', party: 'united_states', gender: 'female',
    givenNames: ['كارولين', 'كارولاين'], forms: ['ليفيت', 'ليفت'],
    roles: [{ role: 'white_house_spokesperson', en: 'White House press secretary', ar: 'المتحدثة باسم البيت الأبيض', from: '2025-01-20' }],
  },
  {
    id: 'tammy_bruce', en: 'Tammy Bruce', ar: 'تامي بروس', party: 'united_states', gender: 'female',
    // "بروس" is listed so that it is never read as ب + روس (the Russians).
    givenNames: ['تامي'], forms: ['بروس'],
    roles: [{ role: 'us_state_spokesperson', en: 'State Department spokesperson', ar: 'المتحدثة باسم وزارة الخارجية الأمريكية', from: '2025-01-20', to: '2025-08-31' }],
  },
  {
    id: 'whitaker', en: 'Matthew Whitaker', ar: 'ماثيو ويتاكر', party: 'united_states',
    givenNames: ['ماثيو', 'ماتيو', 'مات'], forms: ['ويتاكر', 'ويتيكر', 'وايتكر'],
    roles: [{ role: 'us_nato_ambassador', en: 'Ambassador to NATO', ar: 'السفير الأمريكي لدى حلف شمال الأطلسي', from: '2025-04-01' }],
  },
];
