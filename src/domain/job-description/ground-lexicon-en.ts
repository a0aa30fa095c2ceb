import type { GroundEntry } from './ground-grammar.ts';

/**
 * English words and phrases naming a protected ground, in the pattern language of
 * `ground-grammar.ts` (Porter stems). Whether a match is a criterion is decided from its
 * neighbours by `ground-scan.ts`.
 */

const EXPERIENCE_AFTER =
  'of_experience of_industry experience in_the_industry of_practice of_service';

export const EN_GROUND_LEXICON: readonly GroundEntry[] = [
  // Age.
  {
    concept: 'age',
    strength: 'mention',
    pattern: '?between|from|aged #age and|to|-|/ #age ?years|year ?old|of|yo|y',
    notAfter: EXPERIENCE_AFTER,
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'under|over|below|above|younger|older|beyond ?than ?the ?age ?of #age',
    notAfter: EXPERIENCE_AFTER + ' hours people followers employees staff members users customers',
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: '#age ?+ ?years|year ?old|of ?age ?or older|younger|less|more|maximum|minimum|max|min',
    notAfter: EXPERIENCE_AFTER,
  },
  { concept: 'age', strength: 'mention', pattern: '#age years|year old' },
  { concept: 'age', strength: 'mention', pattern: '#age years|year of age' },
  { concept: 'age', strength: 'mention', pattern: 'aged|age #age' },
  {
    concept: 'age',
    strength: 'strong',
    pattern: 'age limit|limits|maximum|minimum|requirement|cap|range',
  },
  { concept: 'age', strength: 'strong', pattern: 'maximum|minimum|upper|lower age' },
  { concept: 'age', strength: 'mention', pattern: 'date|year of birth' },
  { concept: 'age', strength: 'mention', pattern: 'born after|before|in|between #year' },
  {
    concept: 'age',
    strength: 'strong',
    pattern:
      'in ?their|your|his|her ?early|mid|late twenties|thirties|forties|fifties|sixties|20s|30s|40s',
  },
  { concept: 'age', strength: 'mention', pattern: 'twentysomething*|thirtysomething*|millennial*' },
  { concept: 'age', strength: 'mention', pattern: '=gen|generation =z|=y|=alpha' },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'young|youthful|younger|youngster*',
    notAfter:
      'company companies business startup start brand team agency audience audiences people_like children kids adults professionals readers users customers players families brands talent talents',
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'old|older|elderly|retired|retirees|pensioner*',
    notAfter: 'school brand company products habits ways teachers',
  },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'recent|new|fresh graduate|graduates|grad|grads',
  },
  { concept: 'age', strength: 'mention', indirect: true, pattern: 'digital native|natives' },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'fresh|straight|just out of|from school|college|university|uni',
  },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'recently|newly graduated|qualified',
  },
  { concept: 'age', strength: 'mention', indirect: true, pattern: 'your generation' },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'mature|middle-aged|elderly',
    notAfter:
      'brand brands market markets company business audience product products content approach attitude',
  },
  {
    concept: 'gender-identity',
    strength: 'mention',
    pattern: 'born|assigned|biologically|biological male|female|man|woman',
  },

  // Sex, gender identity, orientation.
  {
    concept: 'sex',
    strength: 'mention',
    pattern:
      'male|males|female|females|man|men|woman|women|gentleman|gentlemen|lady|ladies|girl|girls|guy|guys|boy|boys',
    notBefore: 'for of',
    notAfter: "'s 's_group s_group of_the_match power hours",
  },
  {
    concept: 'sex',
    strength: 'mention',
    pattern: '=gal|=gals|=chap|=chaps|=bloke|=blokes|=dude|=dudes|=lad|=lads|=lass|=lasses',
  },
  { concept: 'sex', strength: 'strong', pattern: 'gender|sex male|female|preference|requirement' },
  {
    concept: 'gender-identity',
    strength: 'mention',
    pattern: 'transgender|=trans|nonbinary|cisgender|intersex',
  },
  { concept: 'gender-identity', strength: 'mention', pattern: 'non ?- binary' },
  { concept: 'gender-identity', strength: 'strong', pattern: 'gender identity|expression' },
  { concept: 'orientation', strength: 'strong', pattern: 'sexual orientation' },
  {
    concept: 'orientation',
    strength: 'mention',
    pattern: 'marriage|union|couple|couples ?between|of ?a man and ?a woman',
  },
  {
    concept: 'orientation',
    strength: 'mention',
    pattern: 'heterosexual|homosexual|bisexual|=gay|lesbian|=lgbt*|queer',
  },
  {
    concept: 'orientation',
    strength: 'mention',
    pattern: 'straight candidates|applicants|people|person|men|women|individuals',
  },

  // Family and pregnancy.
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'single|married|unmarried|divorced|widowed|engaged',
    notAfter: '- origin point source page channel most largest biggest platform day view',
  },
  {
    concept: 'family',
    strength: 'strong',
    pattern: 'marital|family|civil|relationship status|situation',
  },
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'children|child|kids|childless|childcare|dependants|dependents',
    notBefore: 'for of with to',
  },
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'family|familial commitments|obligations|ties|responsibilities|constraints',
  },
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'spouse|husband|wife|partner',
    notBefore: 'business channel technology agency',
  },
  {
    concept: 'family',
    also: ['sex'],
    strength: 'mention',
    pattern: 'mom|moms|mum|mums|mother|mothers|father|fathers|dad|dads',
    notAfter: 'nature earth ship',
  },
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'related|relatives|relative to|of ?an ?our employee|employees|staff',
  },
  {
    concept: 'pregnancy',
    strength: 'mention',
    pattern: 'pregnant|pregnancy|pregnancies|maternity|expecting',
    notAfter: 'and_paternity_leave_policy policy_team results',
  },
  {
    concept: 'pregnancy',
    strength: 'mention',
    pattern: 'plan|plans|planning to ?have|start ?a children|family|baby',
  },
  { concept: 'genetic', strength: 'mention', pattern: 'genetic|dna|genome' },

  // Economic and social condition.
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'welfare|benefits|social assistance|recipients|recipient',
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'unemployed|jobless|homeless|bankrupt*|bankruptcy|low-income|poor|poverty',
    notBefore: 'against fighting fight end ending',
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'social condition|status|class|background',
  },
  { concept: 'social-condition', strength: 'mention', pattern: 'credit check|score|history' },
  { concept: 'social-condition', strength: 'mention', pattern: '=homeowner|=homeowners' },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'own|owns ?your|their|a ?own home|house|property|apartment',
  },
  { concept: 'social-condition', strength: 'mention', pattern: 'debt|debts|indebted|insolvency' },

  // Origin, nationality.
  {
    concept: 'origin',
    strength: 'mention',
    pattern:
      'race|racial|ethnic|ethnicity|ethnicities|caucasian|asian|african|arab|hispanic|latino|latina',
    notBefore: 'the_human dog horse car market markets cuisine food rat',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'white|black|brown =people|=person|=applicants|=candidates|=skin|=men|=women',
  },
  { concept: 'origin', strength: 'mention', pattern: 'skin colour|color|tone' },
  { concept: 'origin', strength: 'mention', pattern: 'people|person|persons of colour|color' },
  { concept: 'origin', strength: 'mention', pattern: 'national|ethnic|country ?of origin' },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'origin|origins|background',
    notBefore: 'single - of_the data file product',
    notAfter: 'story stories farms coffee beans products',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'canadian|local|domestic|uk|us|european ?work experience',
  },
  { concept: 'origin', strength: 'mention', pattern: 'visible minority|minorities' },
  { concept: 'origin', strength: 'mention', pattern: 'born in|outside ?the @cap' },
  { concept: 'origin', strength: 'mention', pattern: '=newcomer|=newcomers' },
  {
    concept: 'nationality',
    strength: 'mention',
    pattern:
      'nationality|nationalities|citizen|citizens|citizenship|nationals|=foreigner|=foreigners|immigrant|immigrants|=naturalized|=naturalised',
    notBefore: 'our the senior help helping',
  },
  {
    concept: 'nationality',
    strength: 'mention',
    pattern: '=british|=french|=canadian|=american|=eu|=us|=uk passport|passports|born',
  },

  // Language.
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'native ?english|french|spanish|german ?language speaker|speakers|speaking|tongue',
  },
  { concept: 'language', strength: 'strong', pattern: 'mother|first tongue|language' },
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'no|without|neutral|accent-free|free ?of ?an|any accent|accents',
  },
  { concept: 'language', strength: 'mention', pattern: 'accent ?- free' },

  // Beliefs and activities.
  {
    concept: 'religion',
    strength: 'mention',
    pattern:
      'religion|religions|religious|faith|church|churchgoing|churchgoer*|christian*|muslim*|islam*|jewish|jew|jews|hindu*|sikh*|buddhist*|catholic*|protestant*|atheist*|agnostic*|believer*|worship',
    notAfter: 'in_our in_yourself in_the',
  },
  {
    concept: 'religion',
    strength: 'mention',
    pattern: 'headscarf|headscarves|hijab|hijabs|veil|turban|turbans|kippah|yarmulke|niqab|burqa',
    notBefore: 'bridal wedding',
  },
  {
    concept: 'religion',
    strength: 'mention',
    pattern:
      'ramadan|lent|sabbath|shabbat|diwali|passover|halal|kosher|mosque|mosques|synagogue|synagogues|churches|fasting',
  },
  { concept: 'religion', strength: 'mention', pattern: '=prayer|=prayers|=pray' },
  {
    concept: 'religion',
    strength: 'mention',
    pattern: 'religious symbols|symbol|attire|dress|clothing|garments',
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern: 'political|politically',
    notAfter: 'science news correspondent campaign campaigns coverage reporter',
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern: 'activist|activists|activism|party member|members|membership',
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern:
      'democrat|democrats|republican|republicans|conservative|conservatives|liberal|liberals|socialist|socialists|communist|communists|leftist|leftists|right-wing|left-wing',
    notAfter: 'arts',
  },
  { concept: 'political', strength: 'mention', pattern: 'voter registration|id|card' },
  {
    concept: 'union',
    strength: 'mention',
    pattern: 'union|unions|unionised|unionized|unionist|unionists|strike|strikes|striker*',
    notBefore: 'european the_european credit student soviet',
    notAfter: 'jack station square - represented',
  },
  {
    concept: 'union',
    strength: 'mention',
    pattern: 'trade|labour|labor union|unions|organizing|organising',
  },
  { concept: 'union', strength: 'mention', pattern: 'shop steward|stewards' },
  {
    concept: 'elected-office',
    strength: 'mention',
    pattern: 'elected office|official|officials|officeholder|position',
  },
  {
    concept: 'elected-office',
    strength: 'mention',
    pattern: 'councillor|councillors|councilor|councilors|alderman|mayor|mp|mps|senator|senators',
    notBefore: "the the_city_'s our with for to",
  },
  {
    concept: 'whistleblower',
    strength: 'mention',
    pattern: 'whistleblower|whistleblowers|whistleblowing|whistle-blower*',
  },
  {
    concept: 'whistleblower',
    strength: 'mention',
    pattern:
      'complaint|complaints|lawsuit|lawsuits|claim|claims|grievance|grievances|report|reports against ?a|an|your|their|any ?former|previous|past employer|employers|company|companies|manager|managers',
  },
  { concept: 'whistleblower', strength: 'mention', pattern: 'blow|blew|blown the whistle' },

  // Body, health, disability.
  {
    concept: 'appearance',
    strength: 'mention',
    pattern:
      'attractive|good-looking|handsome|pretty|beautiful|glamorous|sexy|slim|thin|slender|overweight|obese|fat|height|tall|petite|well-groomed',
    notAfter:
      'salary salaries package packages pay compensation benefits rate rates offer terms bonus commission perks price prices products design designs content visuals brand opportunity',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'good|pleasing|pleasant|professional|smart appearance|looks|physique',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'tattoo|tattoos|piercing|piercings|beard|beards|hairstyle*|dreadlocks|makeup',
    notBefore: 'studio parlour parlor shop artist salon',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'photo|photograph|headshot|picture',
    notBefore: 'the our product stock editing edit shoot shoots',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'height|weight ?of|above|at ?least|minimum #n',
  },
  {
    concept: 'health',
    strength: 'mention',
    pattern: 'health|healthy',
    notAfter:
      'insurance benefits plan plans app apps care sector industry brand products tech check_in_on and_safety and_wellbeing',
    notBefore: 'financial mental_health_of our a the_company public business',
  },
  { concept: 'health', strength: 'mention', pattern: 'physical|mental health|fitness|condition' },
  { concept: 'health', strength: 'mention', pattern: 'sick leave|days|days|note|notes' },
  {
    concept: 'health',
    strength: 'mention',
    pattern: 'illness|illnesses|disease|diseases|medical|sickness|sick|ill|condition|conditions',
    notBefore: 'market terms working',
    notAfter: 'insurance cover coverage benefits',
  },
  {
    concept: 'disability',
    strength: 'mention',
    pattern:
      'disability|disabilities|disabled|handicap|handicapped|impairment|impairments|impaired|wheelchair*|able-bodied',
  },
  { concept: 'disability', strength: 'mention', pattern: 'able ?- bodied' },
  { concept: 'disability', strength: 'mention', pattern: '=crutches' },
  { concept: 'disability', strength: 'mention', pattern: 'walking aid|aids|frame|frames|stick' },
  { concept: 'autonomy', strength: 'mention', pattern: 'loss of autonomy|independence' },

  // Where one lives, bank, name.
  {
    concept: 'residence',
    strength: 'mention',
    pattern: 'live|lives|living|reside|resides|residing|resident|residents|domiciled',
    notAfter:
      'on_social_media and_breathe in_the_moment events event stream streams chat video videos sessions session music show',
  },
  {
    concept: 'residence',
    strength: 'mention',
    pattern:
      'city limits|boundaries|postcode|postcodes|zip|neighbourhood|neighborhood|borough|address',
  },
  {
    concept: 'residence',
    strength: 'mention',
    pattern: 'local candidates|applicants|residents ?only',
  },
  { concept: 'bank', strength: 'mention', pattern: 'bank account|accounts|domiciliation' },
  { concept: 'family-name', strength: 'mention', pattern: 'surname|surnames' },
  { concept: 'family-name', strength: 'mention', pattern: 'last|family name|names' },
  {
    concept: 'family-name',
    strength: 'mention',
    pattern: 'foreign|unpronounceable|ethnic ?- ?sounding name|names|surname|surnames',
  },

  // Criminal record.
  {
    concept: 'criminal-record',
    strength: 'mention',
    pattern: 'criminal record|records|background|history|conviction|convictions|past',
  },
  {
    concept: 'criminal-record',
    strength: 'mention',
    pattern: 'convicted|conviction|convictions|felony|felonies|offence|offences|offense|offenses',
  },
];
