import {
  compilePattern,
  compileWords,
  type LexiconLanguage,
  type Pattern,
} from './ground-grammar.ts';
import type { Token } from './text-tokens.ts';

/**
 * The neighbours that tell who a sentence is about and whether a ground's words are a criterion:
 * requirement and exclusion cues (« exigé », "preferred", « s’abstenir », « pas de »), the person
 * sought (« vous êtes », « le profil », "applicants"), a mission (« vous animerez », "you will
 * write"), the company, a product or an audience the words describe (« notre communauté de … »),
 * and statements of openness (« quel que soit votre âge »).
 */

/** Cue sets of one language. */
export interface CueSet {
  /** A requirement, preference, exclusion or request. */
  requirement: (token: Token) => boolean;
  /** Multi-word cues (« de préférence », "need not apply"). */
  requirementPhrases: Pattern[];
  /** A noun for the person sought (candidat, profil, applicant). */
  personNoun: (token: Token) => boolean;
  /** The second person pronoun. */
  you: (token: Token) => boolean;
  /** Verbs that after « vous » / "you" state what the person is or has. */
  profileVerb: (token: Token) => boolean;
  /** Heads of company, product, audience or topic phrases. */
  anchor: (token: Token) => boolean;
  /** Prepositions that make the words someone else or a topic (« avec les élus », "about health"). */
  relation: (token: Token) => boolean;
  /** Openness statements. */
  openness: Pattern[];
  /** Words that cancel an openness word right before it (« non accessible »). */
  negation: (token: Token) => boolean;
  /** Restrictions that make an « ouvert à » a limit (« ouvert aux 18-25 ans uniquement »). */
  restrictive: (token: Token) => boolean;
  /** Legal-exception cues for an age condition set by law. */
  ageException: (token: Token) => boolean;
  /** Genuine occupational requirement cues (acting, modelling). */
  occupational: (token: Token) => boolean;
  /**
   * The sentence says the law itself sets the check (« comme la loi nous y oblige », "as required
   * by law") or limits it to the job (« antécédents liés à l’emploi »).
   */
  lawful: Pattern[];
}

const FRENCH: CueSet = {
  requirement: compileWords(
    'exige* exigence* revolu* requis requise requises obligatoire* imperati* indispensable* necessaire* essentiel* primordial* incontournable* souhait* apprecie* prefer* preferenc* ideal idealement* privilegi* uniquement seul seule seuls seules seulement exclusivement reserv* abstenir minimum maximum minimal* maximal* limite ecart* refus* exclu* interdit* =non pas aucun aucune sans =ni jamais admissible* eligible* toler* autoris* retenu* retenue* retien* retenir consider* compatible* incompatib* redhibitoire* eliminatoire* disqualifi* inacceptable* convient conviennent joindre joint joignez envoyez transmettez ajoutez dites indiquer indiquez preciser precisez declarer declarez fournir fournissez remplir completer transmettre mentionner mentionnez communiquer demand* recherch* cherch* recrut* embauche voulons condition conditions critere criteres atout atouts doit doivent devez devra devrez devront impos* accept* priorit* merci',
    'fr',
  ),
  requirementPhrases: [
    'de preference',
    'de priorite',
    'en priorite',
    'ne ~ pas',
    "n ' ~ pas",
    "n ' ~ ~ pas",
  ].map((source) => compilePattern(source, 'fr')),
  personNoun: compileWords(
    'candidat candidate candidats candidates candidature candidatures postulant postulante postulants postulantes profil profils recrue =titulaire laureat* collaborateur collaboratrice',
    'fr',
  ),
  you: compileWords('=vous =tu', 'fr'),
  relation: compileWords('=avec =aupres =concernant =autour =propos =sur', 'fr'),
  profileVerb: compileWords(
    '=etes =es =avez =as =faites =fais =sortez =venez =parlez =habitez =residez =vivez =demeurez =militez =exercez =beneficiez =souffrez =devez =possedez =serez =aurez =devrez =justifiez =disposez =presentez =appartenez =pratiquez =portez =mesurez =pesez',
    'fr',
  ),
  anchor: compileWords(
    'communaute communautes public publics audience audiences client clients clientele clienteles membre membres abonne abonnes fan fans lecteur lecteurs lectrice lectrices utilisateur utilisateurs utilisatrices joueur joueurs joueuses adherent adherents supporter supporters eleve eleves patient patients patientes habitant habitants citoyens visiteur visiteurs spectateur spectateurs auditeur auditeurs consommateur consommateurs consommatrices acheteur acheteurs usager usagers produit produits gamme gammes collection collections marque marques vetement vetements soin soins cosmetique cosmetiques entreprise entreprises societe agence association organisme cooperative maison pousse startup equipe application podcast media magazine journal chaine club festival salle stade boutique contenu contenus sujet sujets theme themes campagne campagnes guide serie video videos atelier ateliers forum page evenement evenements livre livres jeu jeux jouet jouets chien chiens vin vins the cafe meuble meubles musique actualite clinique salon espace programme emission fondation mutuelle =residence =residences ehpad creche ecole ecoles menu menus plat plats recette recettes cuisine',
    'fr',
  ),
  openness: [
    'quel|quelle|quels|quelles que soi*',
    'sans distinction|egard|discrimination',
    '=independamment',
    'ouvert|ouverte|ouverts|accessible|accessibles a|aux',
    'bienvenu*',
    'encourag*',
    'invitons',
    'invite*',
    'egalite des chances',
    'equite en matiere',
    'diversite',
    'handi-accueillant*|handiaccueillant*',
    'comme tous|toutes les autres',
    "peu|qu ?' importe",
    'au meme titre que',
    // Only negated: « n’entrent pas dans notre décision », « n’entre pas en ligne de compte ».
    "n ' entre|entrent ?pas dans|en",
    'ne|n ~ ?pas ~ aucun|aucune role',
    'sans|aucune incidence',
    "acces a l ' egalite",
    'si vous le souhaitez',
    'amenagement|amenagements ?raisonnable|raisonnables ?est|sont ?possible|possibles|prevu|prevus|disponible|disponibles',
    "aucun|aucune ~ ?particulier|particuliere|specifique n|ne ?' est|sont exige|exigee|exiges|exigees|requis|requise|demande|demandee|necessaire",
    'de|a la meme maniere|facon que',
    'engag* pour l|la inclusion|diversite|egalite',
  ].map((source) => compilePattern(source, 'fr')),
  negation: compileWords('=non =pas =ne =n =aucun =aucune =ni =sans =jamais', 'fr'),
  restrictive: compileWords(
    'uniquement seulement exclusivement reserve reservee reserves reservees abstenir seul seule seuls seules',
    'fr',
  ),
  ageException: compileWords(
    'apprentissage apprenti apprentie apprentis alternance professionnalisation l6222-1 =l6222 =l6325 revolus legal legale legales reglementaire* conformement loi',
    'fr',
  ),
  lawful: [
    '=loi|=lois',
    'legal|legale|legales|legaux|legalement',
    'code du travail',
    'reglementation|reglementaire|reglementaires',
    "lie|lies|liee|liees|lien ?avec a|au ?l ?' emploi|poste|fonctions",
  ].map((source) => compilePattern(source, 'fr')),
  occupational: compileWords(
    'mannequin mannequins comedien comedienne comediens acteur actrice acteurs figurant figurante casting doublage',
    'fr',
  ),
};

const ENGLISH: CueSet = {
  requirement: compileWords(
    'must required require requires requirement* only prefer preferred preferably preference ideal ideally should essential mandatory necessary =no =not without never exclude* excluded considered consider eligible ineligible suitable unsuitable disqualif* dealbreaker* deal-breaker* incompatible unacceptable cannot suit suits suited prioriti* favour* favor* accept* accepted please state tell include provide indicate attach disclose declare seeking seek want wanted hire hiring candidates applicants restrict* limit* reserved priority asset bonus plus need needs',
    'en',
  ),
  requirementPhrases: [
    'need not apply',
    'looking for',
    'will not',
    'do not',
    'does not',
    'are not',
    'is not',
    'at least',
  ].map((source) => compilePattern(source, 'en')),
  personNoun: compileWords(
    'candidate candidates applicant applicants hire hires successful ideal individual =person',
    'en',
  ),
  you: compileWords('=you', 'en'),
  relation: compileWords('=about =alongside =regarding =concerning =around', 'en'),
  profileVerb: compileWords(
    '=are =have =must =should =need =live =speak =hold =possess =were =be',
    'en',
  ),
  anchor: compileWords(
    'community communities audience audiences customer customers client clients member members user users player players fan fans reader readers follower followers subscriber subscribers visitor visitors patient patients product products range brand brands label collection company business charity startup team app content campaign campaigns forum class classes staff podcast magazine newsroom channel club festival venue stadium store shop farm farms coffee menswear womenswear fashion event events policy programme program course book books game games market markets',
    'en',
  ),
  openness: [
    'regardless|irrespective',
    'open to all|everyone|anyone',
    'equal opportunit*|employment|opportunity',
    'welcome*',
    'encourage*',
    'all ages|backgrounds|abilities|genders',
    'reasonable adjustments|accommodations|accommodation',
    'inclusive employer|workplace',
    'without regard',
    'no matter',
    'diversity',
    'accommodation|accommodations|adjustments',
  ].map((source) => compilePattern(source, 'en')),
  negation: compileWords('=not =no =never =non =without', 'en'),
  restrictive: compileWords('=only exclusively reserved', 'en'),
  ageException: compileWords(
    'apprenticeship apprentice law legal legally statutory regulation regulations licensing licence license',
    'en',
  ),
  lawful: [
    '=law|=laws',
    'legal|legally|statutory',
    'regulation|regulations|regulatory',
    'related|relevant to the job|role|position|duties',
  ].map((source) => compilePattern(source, 'en')),
  occupational: compileWords(
    'model models modelling modeling actor actress actors casting role-play voice-over',
    'en',
  ),
};

/** The cues of a language. */
export const CUES: Record<LexiconLanguage, CueSet> = { fr: FRENCH, en: ENGLISH };
