import type { GroundEntry } from './ground-grammar.ts';

/**
 * French words and phrases naming a protected ground, written as ideas (stems, numbers, ranges)
 * in the pattern language of `ground-grammar.ts`. Whether a match is a criterion on the candidate
 * is decided by `ground-scan.ts` from its neighbours (a requirement cue, the person sought, a
 * company, product or audience it describes), not here.
 */

/** Words after « ans » that make a number a length of experience, not an age. */
const EXPERIENCE_AFTER =
  "d_'_experience d_'_anciennete d_'_existence d_'_expertise de_metier d_'_activite de_carriere de_pratique d_'_histoire d_'_engagement de_presence";

export const FR_GROUND_LEXICON: readonly GroundEntry[] = [
  // Age: ranges, bounds, birth, decades, words that mean young or old.
  {
    concept: 'age',
    strength: 'mention',
    pattern: '?entre|de|des|les #age a|-|/|et|ou|au #age ans|an',
    notAfter: EXPERIENCE_AFTER,
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'moins|plus ?de #age ans',
    notAfter: EXPERIENCE_AFTER,
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'au ?maximum|minimum|plus|moins #age ans',
    notAfter: EXPERIENCE_AFTER,
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: '#age ans ?au minimum|maximum|max|min|plus|moins|revolus|accomplis',
    notAfter: EXPERIENCE_AFTER,
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: '=age|=agee|=ages|=agees ?d|de ?au ?moins|plus|moins ?de #age',
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'avez|ayant|avoir #age ans',
    notAfter: EXPERIENCE_AFTER,
  },
  {
    concept: 'age',
    strength: 'strong',
    pattern: '=age|=ages maximum|minimum|maximal|minimal|limite|requis|max|min',
  },
  { concept: 'age', strength: 'strong', pattern: "limite|condition ?d ?' =age" },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'date|annee|certificat|acte|extrait de naissance',
  },
  {
    concept: 'age',
    strength: 'strong',
    pattern: '=ne|=nee|=nes|=nees ?en|apres|avant|entre|depuis|dans|vers ?les ?annees #year',
  },
  {
    concept: 'age',
    strength: 'strong',
    pattern: "vingtaine|trentaine|quarantaine|cinquantaine|soixantaine ?d ?' annee|an",
  },
  {
    concept: 'age',
    strength: 'strong',
    pattern: 'la|sa|votre vingtaine|trentaine|quarantaine|cinquantaine|soixantaine',
  },
  {
    concept: 'age',
    also: ['sex'],
    strength: 'strong',
    pattern: 'jeune|jeunes homme|hommes|femme|femmes|fille|filles|garcon|garcons',
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern:
      'vingtenaire*|trentenaire*|quarantenaire*|cinquantenaire*|soixantenaire*|quadragenaire*|quinquagenaire*|sexagenaire*|septuagenaire*|quadra|quadras|quinqua|quinquas',
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'retraite|retraitee|retraites|retraitees',
    notBefore: "la sa de a en votre notre leur caisse depart '",
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: '=age|=ages',
    notBefore:
      "bas moyen troisieme quatrieme tout tous meme leur leurs tranche_d_' tranches_d_' classe_d_' classes_d_' groupe_d_' limite_d_'",
    notAfter: 'moyen',
  },
  {
    concept: 'age',
    strength: 'mention',
    pattern: 'jeune|jeunes',
    notAfter:
      'entreprise pousse societe marque start startup public audience clientele association equipe agence media structure enfant enfants pousses parent parents talent talents diplome diplomee diplomes diplomees adulte adultes lecteur lecteurs createur createurs marques entreprises societes studio collectif',
  },
  { concept: 'age', strength: 'mention', indirect: true, pattern: 'jeune|jeunes diplome*' },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'digital|digitale natif|native|natives|natifs',
  },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'natif|native|natifs|natives du numerique|digital',
  },
  { concept: 'age', strength: 'mention', indirect: true, pattern: 'generation =y|=z|=alpha' },
  { concept: 'age', strength: 'mention', indirect: true, pattern: 'millennial*|millenial*' },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern:
      "sorti|sortie|sortis|sorties|sortez|sortant|sortante|sortants|sortantes ?tout ?juste ?a ?peine d|de ?' ?l ?' ?des ecole|ecoles|etudes|universite|fac|bancs",
  },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'fraichement|recemment|nouvellement|frais diplome*|emoulu*',
  },
  { concept: 'age', strength: 'mention', indirect: true, pattern: 'votre|vos|ta|ton generation' },
  {
    concept: 'age',
    strength: 'mention',
    pattern: '#age ?- ?~ bougie|bougies|printemps|balais|berges',
  },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: "moyenne d ?' age",
  },
  { concept: 'age', strength: 'mention', indirect: true, pattern: 'du|de meme age|generation' },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'diplome|diplomee|diplomes|diplomees depuis moins|peu',
  },
  {
    concept: 'age',
    strength: 'mention',
    indirect: true,
    pattern: 'fraicheur|fougue|insouciance ?de ?la ?votre|sa|leur jeunesse',
  },

  // Sex and gender identity.
  { concept: 'sex', strength: 'strong', pattern: 'sexe masculin|feminin|oppose' },
  {
    concept: 'sex',
    strength: 'mention',
    pattern: 'homme|hommes|femme|femmes|garcon|garcons|fille|filles|monsieur|madame|mademoiselle',
    notAfter: "d_'_affaires de_lettres de_loi de_l_'_art politique politiques",
  },
  {
    concept: 'sex',
    strength: 'mention',
    pattern:
      '=gars|=mec|=mecs|=nana|=nanas|=meuf|=meufs|=gaillard|=gaillards|=demoiselle|=demoiselles',
  },
  {
    concept: 'sex',
    strength: 'mention',
    pattern: '=dame|=dames',
    notBefore: 'de notre -',
  },
  {
    concept: 'sex',
    strength: 'mention',
    pattern:
      'masculin|masculine|masculins|masculines|feminin|feminine|feminins|feminines|viril|virile',
  },
  {
    concept: 'gender-identity',
    strength: 'mention',
    pattern: 'transgenre*|transsexuel*|=trans|cisgenre*|intersexe*',
  },
  { concept: 'gender-identity', strength: 'mention', pattern: 'non ?- binaire*' },
  { concept: 'gender-identity', strength: 'strong', pattern: 'identite|expression de genre' },
  {
    concept: 'gender-identity',
    strength: 'mention',
    pattern:
      '=ne|=nee|=nes|=nees homme|femme|garcon|fille|hommes|femmes ?ou ?homme|femme|garcon|fille',
  },
  {
    concept: 'gender-identity',
    strength: 'strong',
    pattern: 'sexe de|a ?la naissance|biologique',
  },
  {
    concept: 'gender-identity',
    strength: 'mention',
    pattern: 'sexe|genre assigne|assignee|declare|declaree|inscrit ?a ?la ?naissance|civil|civile',
  },
  {
    concept: 'gender-identity',
    strength: 'mention',
    pattern: 'personne|personnes|candidat|candidate|candidats|candidates en transition',
  },
  {
    concept: 'gender-identity',
    strength: 'mention',
    pattern: 'vous identifiez|identifier|identifie comme',
  },
  { concept: 'orientation', strength: 'strong', pattern: 'orientation sexuelle' },
  { concept: 'orientation', strength: 'mention', pattern: 'meme sexe' },
  {
    concept: 'orientation',
    strength: 'mention',
    pattern: "union|mariage|couple|modele ?~ ?d ?' ?un homme ?, ?et ?d ?' ?une femme",
  },
  {
    concept: 'orientation',
    strength: 'mention',
    pattern:
      'heterosexuel*|homosexuel*|bisexuel*|=hetero|=heteros|=homo|=gay|=gays|lesbienne*|lgbt*|=queer',
  },
  { concept: 'mores', strength: 'mention', pattern: 'moeurs' },
  { concept: 'mores', strength: 'mention', pattern: 'hygiene de vie' },
  {
    concept: 'mores',
    strength: 'mention',
    pattern: 'sortie|sorties|soiree|soirees nocturne|nocturnes|arrosee|arrosees|festive|festives',
  },
  {
    concept: 'mores',
    strength: 'mention',
    pattern: 'vie sentimentale|amoureuse|affective|nocturne|festive|sexuelle',
  },
  {
    concept: 'mores',
    strength: 'mention',
    pattern: 'vie privee|intime|personnelle ?irreprochable|rangee|exemplaire|sans',
  },

  // Family situation and pregnancy.
  {
    concept: 'family',
    strength: 'mention',
    pattern:
      'celibataire*|concubin*|pacse*|divorce|divorcee|divorces|veuf|veuve|veufs|veuves|fiance|fiancee',
  },
  {
    concept: 'family',
    strength: 'mention',
    pattern: '=marie|=mariee|=maries|=mariees|mariage|conjoint*|epoux|epouse|couple',
  },
  {
    concept: 'family',
    strength: 'strong',
    pattern:
      'situation|vie|charge|charges|contrainte|contraintes|obligation|obligations|etat ?de familial*|famille|civil',
  },
  { concept: 'family', strength: 'strong', pattern: 'sans enfant|enfants|attache|attaches' },
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'enfant|enfants|bebe|bebes',
    notBefore:
      "pour aux des jeux jouets vetements livres protection droits club atelier ateliers encadrement_d_' garde_d_' aupres_d_' accueil_d_' groupe_d_' groupes_d_' animation_d_'",
    notAfter: 'en_situation',
  },
  { concept: 'family', strength: 'strong', pattern: "nombre d|de ?' ?vos ?leurs ?vos enfants" },
  { concept: 'family', strength: 'mention', pattern: 'lien|liens de parente' },
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'fonder|fondez|fonde|construire|agrandir ?une|la|votre famille|foyer',
  },
  {
    concept: 'family',
    also: ['sex'],
    strength: 'mention',
    pattern: 'mere|meres|maman|mamans|pere|peres|papa|papas',
  },
  {
    concept: 'family',
    strength: 'mention',
    pattern: 'parent|parents',
    notBefore: 'jeunes futurs des aux les nos vos de d',
    notAfter: "d_'_eleves d_'_enfants inquiets",
  },
  {
    concept: 'pregnancy',
    strength: 'mention',
    pattern: 'grossesse|grossesses|maternite|maternites|enceinte|enceintes|accouchement',
    notAfter:
      'connectee connectees bluetooth audio portable portables du sans_fil acoustique acoustiques',
    notBefore:
      "l_' une_enceinte des_enceintes les_enceintes nos_enceintes vos_enceintes vetements vetement suivi test tests application",
  },
  {
    concept: 'pregnancy',
    strength: 'mention',
    pattern: 'conge ?de maternite|parental|paternite|maternel',
  },
  {
    concept: 'pregnancy',
    also: ['family'],
    strength: 'mention',
    pattern: "desir|projet|envie ?d ?' ?de ?avoir enfant|enfants|bebe",
  },
  {
    concept: 'pregnancy',
    strength: 'mention',
    pattern: 'attendre|attend|attendez|attendent|attendant un|une|des bebe|bebes|enfant|heureux',
  },
  { concept: 'pregnancy', strength: 'mention', pattern: 'heureux evenement|evenements' },
  {
    concept: 'pregnancy',
    strength: 'mention',
    pattern: 'futur|future|futures maman|mamans|mere|meres',
  },
  {
    concept: 'genetic',
    strength: 'mention',
    pattern: 'genetique|genetiques|adn|genome|hereditaire|hereditaires',
  },
  {
    concept: 'genetic',
    strength: 'mention',
    pattern:
      'maladie|maladies|antecedent|antecedents ?familial|familiaux ?de ?maladie|maladies hereditaire|hereditaires|genetique|genetiques',
  },

  // Economic and social situation.
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: '=rsa|=rmi|surendette*|pauvre|pauvres|pauvrete|demunie*|demuni|demunis',
    notBefore: 'contre',
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'situation|personne|personnes precaire|precaires',
  },
  { concept: 'social-condition', strength: 'mention', pattern: 'aide|assistance sociale|sociales' },
  { concept: 'social-condition', strength: 'mention', pattern: 'dernier recours' },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'allocataire|allocataires|minima|minimas|minimum sociaux|social',
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'assiste|assistes|assistee|assistees sociaux|social|sociale|sociales',
  },
  { concept: 'social-condition', strength: 'mention', pattern: 'assurance ?- emploi' },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'chomeur|chomeuse|chomeurs|chomeuses',
  },
  { concept: 'social-condition', strength: 'mention', pattern: 'au|du chomage' },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'interdit|interdits|fichage bancaire|bancaires',
  },
  { concept: 'social-condition', strength: 'mention', pattern: 'sans domicile|abri' },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern:
      '=faillite|=faillites|=failli|=faillis|=surendettement|=endette|=endettee|=endettes|=endettees',
    notBefore: 'contre',
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern:
      "proprietaire|proprietaires ?de|d ?' ?votre|vos|son|sa|ses|leur|leurs|un|une ?propre logement|logements|maison|maisons|appartement|appartements|domicile|residence",
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'cote|dossier|historique|enquete de|du credit|solvabilite',
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: '=ficp|=fcc|fiche|fichee|fiches|fichees|incident|incidents ?de remboursement|paiement',
  },
  {
    concept: 'social-condition',
    strength: 'mention',
    pattern: 'condition|statut|milieu|classe|origine sociale|social',
  },

  // Origin, nationality, race, colour.
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'origine|origines|originaire|originaires',
    notAfter:
      'controlee protegee biologique locale geographique du_produit des_produits animale vegetale garantie',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'ethnie|ethnies|ethnique|ethniques|race|races|racial|raciale',
    notBefore: 'chien chiens chat chats cheval chevaux de',
  },
  { concept: 'origin', strength: 'mention', pattern: 'couleur de peau' },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'peau|teint =claire|=clair|=blanche|=noire|=mate|=fonce|=foncee|=claire',
  },
  { concept: 'origin', strength: 'mention', pattern: 'personne|personnes|gens de couleur' },
  {
    concept: 'origin',
    strength: 'mention',
    pattern:
      'caucasien*|africain*|maghrebin*|asiatique*|arabe|arabes|antillais*|europeen|europeenne|europeens|europeennes|roms|gitan*|slave|slaves|latino*|metisse*',
    notBefore:
      'union commission parlement marche marches cinema bureau espace programme fonds projet projets experience echelle niveau dimension reseau clients clientele partenaires institutions affaires langue langues cuisine semaine nationalite citoyennete deputes depute elections election',
    notAfter: 'courant lu ecrit parle',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern:
      'personne|personnes|candidat|candidats|candidate|candidates|profil|homme|hommes|femme|femmes|gens|peau =blanc|=blancs|=blanche|=blanches|=noir|=noirs|=noire|=noires|=jaune|=basane|=basanee',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern:
      'type|physionomie|profil =caucasien|=europeen|=africain|=asiatique|=mediterraneen|=nordique',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: "issu|issus|issue|issues ?de ?l ?' ?la immigration|diversite",
  },
  { concept: 'origin', strength: 'mention', pattern: 'minorite|minorites visible|visibles' },
  { concept: 'origin', strength: 'mention', pattern: 'de|pure souche' },
  { concept: 'origin', strength: 'mention', pattern: 'pure laine' },
  { concept: 'origin', strength: 'mention', pattern: '=bbr' },
  { concept: 'origin', strength: 'mention', pattern: 'bleu - ?blanc - ?rouge' },
  {
    concept: 'origin',
    strength: 'mention',
    pattern:
      'immigre|immigree|immigres|immigrees|immigrant|immigrante|immigrants|immigrantes|immigration',
    notAfter: 'canada quebec',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'primo ?- arrivant|arrivants|arrivante|arrivantes',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: 'nouvel|nouvelle|nouveaux|nouvelles arrivant|arrivants|arrivante|arrivantes',
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern:
      "arrive|arrivee|arrives|arrivees|installe|installee|installes|installees|etabli|etablie|etablis|etablies au|en|a|aux ?l ?' @cap depuis",
  },
  {
    concept: 'nationality',
    strength: 'mention',
    pattern:
      'nationalite|nationalites|citoyennete|citoyen|citoyenne|citoyens|ressortissant*|naturalise*',
    notBefore: 'nos des du douze plusieurs',
  },
  {
    concept: 'nationality',
    strength: 'mention',
    pattern: 'etranger|etrangere|etrangers|etrangeres',
    notBefore:
      "accent accents langue langues pays marche marches client clients clientele ' investisseur investisseurs affaires partenaire partenaires public publics visiteurs touristes origine",
  },
  {
    concept: 'nationality',
    strength: 'mention',
    pattern:
      "passeport|passeports|carte ?d ?' ?identite ?nationale =francais|=francaise|=europeen|=europeenne|=canadien|=canadienne|=belge|=suisse|=quebecois|=americain|=americaine|=britannique",
  },
  {
    concept: 'nationality',
    strength: 'mention',
    pattern: "passeport|passeports d|de ?' ?un ?pays ?de|d ?' ?l ?' ?la union|=ue|=europe",
  },
  {
    concept: 'origin',
    strength: 'mention',
    pattern: "=ne|=nee|=nes|=nees en|au|aux|a|dans ?l ?' @cap",
  },

  // Language (mother tongue, accent, speaking another language).
  {
    concept: 'language',
    strength: 'strong',
    pattern: 'langue|langues maternelle|maternelles|natale|natales',
  },
  { concept: 'language', strength: 'mention', pattern: 'sans accent' },
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'accent|accents',
    notBefore: "l_' l'",
    notAfter: 'mis sur est circonflexe aigu grave',
  },
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'locuteur|locutrice|locuteurs|locutrices natif|native|natifs|natives',
  },
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'natif|native|natifs|natives ?francophone|francophones|anglophone|anglophones',
    notAfter: 'du_numerique digital',
    notBefore: 'digital digitale',
  },
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'francophone|francophones|anglophone|anglophones de naissance|souche',
  },
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'autre|autres langue|langues que le ?francais',
  },
  {
    concept: 'language',
    strength: 'mention',
    pattern:
      'parler|parlez|parlent|parle|parlant|langue|pratiquer|pratiquez|pratiquent ?le ?en creole|breton|basque|corse|alsacien|occitan|catalan|provencal|wolof|patois|dialecte',
  },
  { concept: 'language', strength: 'mention', pattern: 'langue|langues regionale|regionales' },
  { concept: 'language', strength: 'mention', pattern: '=patois|=dialecte|=dialectes' },
  {
    concept: 'language',
    strength: 'mention',
    pattern: 'langue|langues parlee|parlees|utilisee|utilisees a|au|en ?la maison|foyer',
  },

  // Beliefs and activities.
  {
    concept: 'religion',
    strength: 'mention',
    pattern:
      'religion|religions|religieux|religieuse|religieuses|confession|confessions|confessionnel*|pratiquant*|croyant*|athee|athees|agnostique*|laique*',
  },
  {
    concept: 'religion',
    strength: 'mention',
    pattern:
      'catholique*|chretien*|musulman*|islam*|juif|juive|juifs|juives|judaisme|protestant*|evangelique*|bouddhiste*|hindou*|sikh*|orthodoxe*',
  },
  {
    concept: 'religion',
    strength: 'mention',
    pattern: 'voile|foulard|hijab|kippa|kippas|turban|burkini|niqab',
    notBefore: 'club bateau planche char sport sports moniteur monitrice de',
  },
  {
    concept: 'religion',
    strength: 'mention',
    pattern:
      'ramadan|careme|shabbat|sabbat|kippour|pessah|hanoucca|diwali|halal|casher|kasher|cacher|=jeuner|mosquee|mosquees|synagogue|synagogues|eglise|eglises|messe|messes|pelerinage',
  },
  { concept: 'religion', strength: 'mention', pattern: '=aid ?- ?el' },
  { concept: 'religion', strength: 'mention', pattern: '=priere|=prieres', notAfter: "de d '" },
  {
    concept: 'religion',
    strength: 'mention',
    pattern:
      'signe|signes|symbole|symboles ostentatoire|ostentatoires|religieux|confessionnel|confessionnels',
  },
  { concept: 'political', strength: 'mention', pattern: 'parti|partis politique|politiques' },
  {
    concept: 'political',
    strength: 'mention',
    pattern:
      "engage|engagee|engages|engagees|membre|membres|adherent|adherente|adherents|adherentes|militant|militante|militants|militantes dans|a|au|d ?' ?un|une parti|partis",
  },
  { concept: 'political', strength: 'mention', pattern: 'encarte|encartee|encartes|encartees' },
  {
    concept: 'political',
    strength: 'mention',
    pattern: "carte dans|a|au|d ?' un|une parti|partis",
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern:
      'formation|formations|organisation|organisations|mouvement|mouvements politique|politiques|partisane|partisanes',
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern:
      'engagement|engagements|opinion|opinions|conviction|convictions|activite|activites|sympathie|sympathies|militantisme|appartenance politique|politiques|partisane|partisan',
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern:
      'militant|militante|militants|militantes|militer|militez|militantisme|sympathisant*|souverainiste*|federaliste*|communiste*|anarchiste*|extremiste*',
    notAfter: 'syndical syndicale syndicaux syndicales',
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern: 'gauche|droite',
    notBefore: 'a la sur vers haut colonne menu barre volet',
  },
  {
    concept: 'political',
    strength: 'mention',
    pattern: "carte|preuve d ?' electeur|vote|electorale",
  },
  {
    concept: 'union',
    strength: 'mention',
    pattern:
      'syndicat|syndicats|syndical|syndicale|syndicales|syndicaux|syndique|syndiquee|syndiques|syndiquees|syndicaliste*|syndicalisme|greve|greves|greviste*',
  },
  {
    concept: 'union',
    strength: 'mention',
    pattern:
      'delegue|deleguee|delegues|deleguees|representant|representante|representants|elu|elus|elue|elues ?du personnel|cse|syndical|syndicaux',
  },
  { concept: 'union', strength: 'mention', pattern: 'mutualiste|mutualistes|mutualisme' },
  {
    concept: 'elected-office',
    strength: 'strong',
    pattern: 'mandat|mandats electif|electifs|electoral|electoraux|politique|public',
  },
  {
    concept: 'elected-office',
    strength: 'mention',
    pattern:
      'mandat|mandats local|locaux|municipal|municipaux|regional|regionaux|departemental|departementaux',
  },
  {
    concept: 'elected-office',
    strength: 'mention',
    pattern: "mandat|mandats d ' elu|elue|elus|elues",
  },
  {
    concept: 'elected-office',
    strength: 'mention',
    pattern:
      '=elu|=elue|=elus|=elues ?local|locaux|locale|municipal|municipaux|regional|regionaux|departemental',
    notAfter: 'du_personnel meilleur meilleure entreprise marque',
  },
  {
    concept: 'elected-office',
    strength: 'mention',
    pattern:
      'conseiller|conseillere|conseillers municipal|municipale|municipaux|regional|departemental',
  },
  {
    concept: 'elected-office',
    strength: 'mention',
    pattern: 'maire|depute|deputee|senateur|senatrice',
    notBefore: 'la le du au aupres avec',
  },
  {
    concept: 'whistleblower',
    strength: 'mention',
    pattern: "lanceur|lanceuse|lanceurs|lanceuses d ?' alerte|alertes",
  },
  {
    concept: 'whistleblower',
    strength: 'mention',
    pattern:
      "alerte|alerter|alertez|signale|signaler|signalez|denonce|denoncer|denoncez|saisi|saisir ?a|aux|au ?une|la|les|l|des ?' autorite|autorites|presse|media|medias|journaliste|journalistes|inspection|prudhommes|procureur|justice|gendarmerie|police",
  },
  {
    concept: 'whistleblower',
    strength: 'mention',
    pattern:
      'alerte|alerter|signale|signaler|denonce|denoncer|denonces ?un|une|leur|son|sa|votre ?ancien|ancienne|precedent|precedente|ex employeur|employeurs|patron|patronne|entreprise|hierarchie|direction',
  },
  {
    concept: 'whistleblower',
    strength: 'mention',
    pattern:
      'signalement|signalements|denonciation|denonciations|alerte|alertes|plainte|plaintes|recours ?depose|deposee|deposes|deposees|formule|formulee|lance|lancee contre|visant ?un|une|votre|vos|son|sa|ses|leur|leurs ?ancien|ancienne|anciens|anciennes|precedent|precedente|precedents|precedentes|ex employeur|employeurs|entreprise|entreprises|direction|hierarchie|patron|patronne|patrons',
  },
  {
    concept: 'whistleblower',
    strength: 'mention',
    pattern:
      "denonce|denoncer|denonciation|signale|signaler|signalement|revele|reveler ?d|des|les ?' irregularite|irregularites|fraude|fraudes|malversation|malversations|abus|faits|pratiques",
  },

  // Body, health, disability.
  {
    concept: 'appearance',
    strength: 'strong',
    pattern: 'physique agreable|avantageux|attrayant|irreprochable|plaisant|seduisant',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'bonne|belle|excellente|parfaite|tres presentation',
    notAfter: 'orale ecrite des de du',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'presentation soignee|impeccable|irreprochable',
  },
  {
    concept: 'appearance',
    strength: 'strong',
    pattern: 'silhouette|morphologie|allure mince|fine|elancee|svelte|sportive|athletique',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern:
      'mince|minces|svelte|sveltes|surpoids|obese|obeses|obesite|corpulence|corpulent*|maigre|maigres',
  },
  {
    concept: 'appearance',
    strength: 'strong',
    pattern: 'taille|hauteur minimum|minimale|maximum|maximale|min|requise|superieure|inferieure',
    notBefore: "la l d '",
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'mesurer|mesurez|mesurant ?au ?moins|plus ?de #n',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'poids|mensuration|mensurations|corpulence|morphologie',
    notAfter: 'lourd lourds de_la_marque',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern:
      'tatouage|tatouages|tatoue|tatouee|piercing|piercings|barbe|barbu|cheveux|coiffure|maquillage|maquillee',
    notBefore: 'salon studio artiste atelier boutique',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern:
      'jolie|jolies|beau|belle|beaux|belles|charmant|charmante|sexy|mignon|mignonne|avenant|avenante',
    notAfter:
      'marque entreprise aventure equipe projet opportunite produit produits collection ville region bureaux locaux histoire vue experience mission missions gamme offre parcours sens defi defis poste role contrat salaire plume esprit style ecriture niveau reseau carnet portefeuille potentiel communaute',
  },
  {
    concept: 'appearance',
    strength: 'mention',
    pattern: 'photo|photos|photographie',
    notBefore:
      'banque banques shooting shootings retouche appareil appareils la les des nos vos de en pour',
    notAfter: 'produit produits de_produits',
  },
  {
    concept: 'health',
    strength: 'mention',
    pattern: 'sante',
    notAfter:
      'financiere economique publique de_l_entreprise de_la_marque de_nos des connectee numerique au_travail et_securite animale',
    notBefore:
      'mutuelle complementaire assurance professionnel professionnels clinique centre ministere secteur produits produit agence de_la la',
  },
  { concept: 'health', strength: 'mention', pattern: 'sante mentale', notAfter: 'des' },
  { concept: 'health', strength: 'strong', pattern: 'arret|arrets ?de maladie|travail' },
  {
    concept: 'health',
    strength: 'mention',
    pattern:
      'maladie|maladies|malade|malades|pathologie|pathologies|allergie|allergies|diabete|diabetique|cancer|seropositi*|vih|depression|burn',
  },
  {
    concept: 'health',
    strength: 'strong',
    pattern:
      'certificat|certificats|dossier|dossiers|bilan|bilans|examen|examens|questionnaire|questionnaires|antecedent|antecedents medical|medicaux|medicale|medicales|sante',
  },
  {
    concept: 'health',
    strength: 'mention',
    pattern: 'bonne|parfaite|excellente|pleine sante|forme',
  },
  { concept: 'health', strength: 'mention', pattern: '=condition|=forme physique' },
  {
    concept: 'health',
    strength: 'mention',
    pattern: 'absence|absences ?pour maladie|medicale|medicales',
  },
  { concept: 'health', strength: 'mention', pattern: 'depistage|depistages' },
  {
    concept: 'disability',
    strength: 'mention',
    pattern:
      'handicap|handicaps|handicape|handicapee|handicapes|handicapees|invalide|invalides|invalidite|infirmite|infirme|infirmes|rqth|=th',
  },
  { concept: 'disability', strength: 'mention', pattern: 'mobilite reduite' },
  { concept: 'disability', strength: 'mention', pattern: 'fauteuil roulant' },
  { concept: 'disability', strength: 'mention', pattern: 'accommodement|accommodements' },
  { concept: 'disability', strength: 'mention', pattern: 'amenagement|amenagements de|du poste' },
  {
    concept: 'disability',
    strength: 'mention',
    pattern:
      'personne|personnes|candidat|candidats|candidate|candidates|profil|profils|travailleur|travailleurs|physiquement|etre|etes|soyez =valide|=valides',
  },
  {
    concept: 'disability',
    strength: 'mention',
    pattern: 'canne|cannes|bequille|bequilles|deambulateur|deambulateurs',
  },
  { concept: 'disability', strength: 'mention', pattern: 'en fauteuil' },
  {
    concept: 'disability',
    strength: 'mention',
    pattern:
      'limitation|limitations|deficience|deficiences|incapacite|incapacites physique|physiques|fonctionnelle|fonctionnelles|mentale|mentales|auditive|visuelle|motrice',
  },
  { concept: 'autonomy', strength: 'mention', pattern: "perte ?d ?' autonomie" },
  {
    concept: 'autonomy',
    strength: 'mention',
    pattern: '=aidant|=aidants|=aidante|=aidantes',
    notBefore: 'proche proches',
  },
  { concept: 'autonomy', strength: 'mention', pattern: 'auxiliaire|auxiliaires de vie' },
  {
    concept: 'autonomy',
    strength: 'mention',
    pattern: 'gestes|actes de|du ?la vie|quotidien|quotidienne|quotidiens',
  },
  {
    concept: 'autonomy',
    strength: 'mention',
    pattern: 'dependance|dependant|dependante|dependants',
    notBefore: 'en de des et',
    notAfter: 'de du des',
  },

  // Where one lives, bank, name.
  {
    concept: 'residence',
    strength: 'mention',
    pattern:
      'habiter|habitez|habitant|habitants|habite|habitiez|resider|residez|residant|residants|=domicilie|=domiciliee|=domicilies|demeurez|demeurant',
    notAfter: 'avec en_couple seul seule',
    notBefore: 'nos des aux',
  },
  {
    concept: 'residence',
    strength: 'mention',
    pattern: 'domicile|domiciles',
    notAfter: '- travail',
    notBefore: 'a au en travail aide aides soins',
  },
  { concept: 'residence', strength: 'strong', pattern: 'lieu ?de residence|domicile' },
  { concept: 'residence', strength: 'mention', pattern: 'intra ?- muros' },
  {
    concept: 'residence',
    strength: 'mention',
    pattern: '=frontalier|=frontaliers|=frontaliere|=frontalieres',
    notBefore: 'g permis',
  },
  { concept: 'residence', strength: 'mention', pattern: 'banlieue|banlieues|periurbain*' },
  {
    concept: 'residence',
    strength: 'mention',
    pattern: 'residence|residences',
    notBefore: 'une la nos des notre carte_de titre_de permis_de',
    notAfter: 'etudiante etudiantes secondaire secondaires services senior seniors pour de',
  },
  {
    concept: 'residence',
    strength: 'mention',
    pattern:
      'candidat|candidats|candidate|candidates|personne|personnes|profil|profils|gens ?issu|issus|issue|issues|venant|originaire|originaires de|des|du quartier|quartiers|cite|cites|banlieue|banlieues|zone|zones|commune|communes|departement|departements|arrondissement|arrondissements',
  },
  { concept: 'bank', strength: 'strong', pattern: 'domiciliation|domicilie bancaire' },
  { concept: 'bank', strength: 'mention', pattern: "=rib|=iban d ?' ?un|une banque|etablissement" },
  { concept: 'bank', strength: 'mention', pattern: 'compte|comptes bancaire|bancaires|courant' },
  { concept: 'bank', strength: 'mention', pattern: 'neobanque|neobanques|neo-banque|neo-banques' },
  {
    concept: 'bank',
    strength: 'mention',
    pattern: 'banque|banques|compte|comptes en|de|a ligne|reseau',
  },
  {
    concept: 'bank',
    strength: 'mention',
    pattern: 'banque|banques francaise|francaises|etrangere|etrangeres|europeenne|canadienne',
  },
  {
    concept: 'bank',
    strength: 'mention',
    pattern:
      'banque|banques|compte|comptes ?bancaire|bancaires situe|situee|situes|situees|domicilie|domiciliee|ouvert|ouverte|basee|base en|au|a|dans',
  },
  { concept: 'family-name', strength: 'strong', pattern: 'nom ?de ?famille a consonance' },
  { concept: 'family-name', strength: 'mention', pattern: 'nom|noms de famille' },
  {
    concept: 'family-name',
    strength: 'mention',
    pattern: 'patronyme|patronymes|consonance|consonances',
  },
  {
    concept: 'family-name',
    strength: 'strong',
    pattern:
      'nom|noms|patronyme ?~ ?~ sonner|sonne|sonnant|consonance|prononcer|prononcable|imprononcable|francais|francaise|etranger|etrangere',
  },

  // Criminal record (a ground in Québec only, art. 18.2).
  {
    concept: 'criminal-record',
    strength: 'mention',
    pattern: 'antecedent|antecedents judiciaire|judiciaires|criminel|criminels|penal|penaux',
  },
  { concept: 'criminal-record', strength: 'mention', pattern: 'casier judiciaire|vierge' },
  { concept: 'criminal-record', strength: 'mention', pattern: 'dossier criminel|judiciaire' },
  {
    concept: 'criminal-record',
    strength: 'mention',
    pattern:
      'demeles|ennuis|probleme|problemes|affaire|affaires ?avec ?la justice|police|judiciaire|judiciaires',
  },
  {
    concept: 'criminal-record',
    strength: 'mention',
    pattern:
      'condamnation|condamnations|condamne|condamnee|infraction|infractions|plumitif ?criminelle|penale|criminelles',
  },
];
