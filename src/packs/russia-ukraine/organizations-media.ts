/**
 * News agencies (kind agency) and outlets (kind media) that articles cite as a source ("بحسب
 * وكالة تاس", "نقلت رويترز"). Their party is their home state, which tells whose line they carry.
 */
import type { OrganizationInput } from '../schema.ts';

/** News agencies and outlets. */
export const media: OrganizationInput[] = [
  { id: 'tass', en: 'TASS', ar: 'تاس', party: 'russia', kind: 'agency', forms: ['تاس', 'وكالة تاس', 'وكالة أنباء تاس', 'تاس الروسية', 'وكالة تاس الروسية', 'tass'] },
  { id: 'sputnik', en: 'Sputnik', ar: 'سبوتنيك', party: 'russia', kind: 'agency', forms: ['سبوتنيك', 'وكالة سبوتنيك', 'سبوتنيك الروسية', 'وكالة سبوتنيك الروسية', 'sputnik'] },
  { id: 'ria_novosti', en: 'RIA Novosti', ar: 'ريا نوفوستي', party: 'russia', kind: 'agency', forms: ['ريا نوفوستي', 'وكالة ريا نوفوستي', 'نوفوستي', 'ريا نوفستي', 'ria novosti'] },
  { id: 'interfax', en: 'Interfax', ar: 'إنترفاكس', party: 'russia', kind: 'agency', forms: ['إنترفاكس', 'انترفاكس', 'وكالة إنترفاكس', 'إنتر فاكس', 'interfax'] },
  { id: 'interfax_ukraine', en: 'Interfax-Ukraine', ar: 'إنترفاكس-أوكرانيا', party: 'ukraine', kind: 'agency', forms: ['إنترفاكس-أوكرانيا', 'إنترفاكس أوكرانيا', 'انترفاكس أوكرانيا'] },
  { id: 'rt', en: 'RT', ar: 'روسيا اليوم', party: 'russia', kind: 'media', forms: ['روسيا اليوم', 'آر تي', 'قناة آر تي', 'rt'] },
  { id: 'izvestia', en: 'Izvestia', ar: 'إزفستيا', party: 'russia', kind: 'media', forms: ['إزفستيا', 'ازفيستيا', 'صحيفة إزفستيا'] },
  { id: 'kommersant', en: 'Kommersant', ar: 'كوميرسانت', party: 'russia', kind: 'media', forms: ['كوميرسانت', 'كومرسانت', 'صحيفة كوميرسانت'] },
  {
    id: 'ukrinform', en: 'Ukrinform', ar: 'أوكرينفورم', party: 'ukraine', kind: 'agency',
    forms: ['أوكرينفورم', 'يوكرينفورم', 'أوكرين فورم', 'أوكرإنفورم', 'أوكرانفورم', 'وكالة أوكرينفورم', 'وكالة الأنباء الأوكرانية', 'ukrinform'],
  },
  { id: 'unian', en: 'UNIAN', ar: 'يونيان', party: 'ukraine', kind: 'agency', forms: ['يونيان', 'أونيان', 'وكالة يونيان'] },
  { id: 'ukrainska_pravda', en: 'Ukrainska Pravda', ar: 'أوكراينسكا برافدا', party: 'ukraine', kind: 'media', forms: ['أوكراينسكا برافدا', 'أوكرانسكا برافدا', 'أوكراينسكا برافدا'] },
  { id: 'kyiv_independent', en: 'The Kyiv Independent', ar: 'كييف إندبندنت', party: 'ukraine', kind: 'media', forms: ['كييف إندبندنت', 'كييف إندبندنت', 'كييف اندبندنت'] },
  { id: 'suspilne', en: 'Suspilne', ar: 'سوسبيلنه', party: 'ukraine', kind: 'media', forms: ['سوسبيلنه', 'سوسبيلني'] },
  {
    id: 'afp', en: 'AFP', ar: 'فرانس برس', party: 'france', kind: 'agency',
    forms: ['فرانس برس', 'فرانس بريس', 'وكالة فرانس برس', 'أ.ف.ب', 'أ ف ب', 'الوكالة الفرنسية', 'وكالة الأنباء الفرنسية', 'وكالة الصحافة الفرنسية', 'afp'],
  },
  { id: 'reuters', en: 'Reuters', ar: 'رويترز', party: 'united_kingdom', kind: 'agency', forms: ['رويترز', 'رويتر', 'وكالة رويترز', 'reuters'] },
  {
    id: 'ap', en: 'Associated Press', ar: 'أسوشيتد برس', party: 'united_states', kind: 'agency',
    forms: ['أسوشيتد برس', 'أسوشيتيد برس', 'اسوشيتدبرس', 'أسوشييتد برس', 'أسوشيتدبرس', 'وكالة أسوشيتد برس', 'أ.ب', 'associated press'],
  },
  { id: 'bloomberg', en: 'Bloomberg', ar: 'بلومبرغ', party: 'united_states', kind: 'agency', forms: ['بلومبرغ', 'بلومبيرغ', 'بلومبرج', 'بلومبيرج', 'وكالة بلومبرغ', 'bloomberg'] },
  { id: 'anadolu', en: 'Anadolu Agency', ar: 'الأناضول', party: 'turkiye', kind: 'agency', forms: ['الأناضول', 'وكالة الأناضول', 'الاناضول'] },
  { id: 'dpa', en: 'dpa', ar: 'د.ب.أ', party: 'germany', kind: 'agency', forms: ['د.ب.أ', 'د ب أ', 'الوكالة الألمانية', 'وكالة الأنباء الألمانية', 'dpa'] },
  { id: 'xinhua', en: 'Xinhua', ar: 'شينخوا', party: 'china', kind: 'agency', forms: ['شينخوا', 'شينهوا', 'وكالة شينخوا', 'وكالة أنباء الصين الجديدة', 'xinhua'] },
  { id: 'wam', en: 'WAM', ar: 'وام', party: 'uae', kind: 'agency', forms: ['وكالة أنباء الإمارات', 'وكالة وام', 'وكالة أنباء الإمارات الرسمية'] },
  { id: 'spa', en: 'Saudi Press Agency', ar: 'واس', party: 'saudi_arabia', kind: 'agency', forms: ['واس', 'وكالة الأنباء السعودية', 'وكالة واس'] },
  { id: 'qna', en: 'Qatar News Agency', ar: 'قنا', party: 'qatar', kind: 'agency', forms: ['وكالة الأنباء القطرية', 'وكالة قنا'] },
  { id: 'cnn', en: 'CNN', ar: 'سي إن إن', party: 'united_states', kind: 'media', forms: ['سي إن إن', 'سي ان ان', 'شبكة سي إن إن', 'cnn'] },
  { id: 'bbc', en: 'BBC', ar: 'بي بي سي', party: 'united_kingdom', kind: 'media', forms: ['بي بي سي', 'هيئة الإذاعة البريطانية', 'bbc'] },
  { id: 'nyt', en: 'The New York Times', ar: 'نيويورك تايمز', party: 'united_states', kind: 'media', forms: ['نيويورك تايمز', 'صحيفة نيويورك تايمز'] },
  { id: 'wapo', en: 'The Washington Post', ar: 'واشنطن بوست', party: 'united_states', kind: 'media', forms: ['واشنطن بوست', 'صحيفة واشنطن بوست'] },
  { id: 'wsj', en: 'The Wall Street Journal', ar: 'وول ستريت جورنال', party: 'united_states', kind: 'media', forms: ['وول ستريت جورنال', 'وول ستريت جورنل'] },
  { id: 'axios', en: 'Axios', ar: 'أكسيوس', party: 'united_states', kind: 'media', forms: ['أكسيوس', 'موقع أكسيوس', 'axios'] },
  { id: 'politico', en: 'Politico', ar: 'بوليتيكو', party: 'united_states', kind: 'media', forms: ['بوليتيكو', 'موقع بوليتيكو', 'politico'] },
  { id: 'ft', en: 'Financial Times', ar: 'فايننشال تايمز', party: 'united_kingdom', kind: 'media', forms: ['فايننشال تايمز', 'فاينانشال تايمز', 'فايننشيال تايمز'] },
  { id: 'guardian', en: 'The Guardian', ar: 'الغارديان', party: 'united_kingdom', kind: 'media', forms: ['الغارديان', 'الجارديان', 'صحيفة الغارديان'] },
  { id: 'france_24', en: 'France 24', ar: 'فرانس 24', party: 'france', kind: 'media', forms: ['فرانس 24', 'فرانس24'] },
  { id: 'france_2', en: 'France 2', ar: 'فرانس 2', party: 'france', kind: 'media', forms: ['فرانس 2', 'قناة فرانس 2'] },
  { id: 'al_jazeera', en: 'Al Jazeera', ar: 'الجزيرة', party: 'qatar', kind: 'media', forms: ['الجزيرة نت', 'قناة الجزيرة', 'شبكة الجزيرة'] },
  { id: 'al_arabiya', en: 'Al Arabiya', ar: 'العربية', party: 'saudi_arabia', kind: 'media', forms: ['قناة العربية', 'العربية نت'] },
  { id: 'sky_news_arabia', en: 'Sky News Arabia', ar: 'سكاي نيوز عربية', party: 'uae', kind: 'media', forms: ['سكاي نيوز عربية', 'سكاي نيوز'] },
];
