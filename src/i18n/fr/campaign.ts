/** Interface strings of the hiring campaign area, in French. */
export const campaign = {
  'campaign.guide.title': "Guide d'entretien structuré : {job}",
  'campaign.guide.intro':
    "Posez les mêmes questions, dans le même ordre, à chaque candidat·e. Notez des faits (ce que la personne a dit ou fait), pas des impressions, et notez chaque compétence avant d'échanger avec les autres recruteurs.",
  'campaign.guide.order': "Savoir-être et savoir-agir en situation d'abord, savoir-faire ensuite.",
  'campaign.guide.kind.soft': 'Savoir-être et savoir-agir',
  'campaign.guide.kind.knowHow': 'Savoir-faire',
  'campaign.guide.weight.mandatory': 'Critère obligatoire',
  'campaign.guide.weight.relative': 'Critère relatif',
  'campaign.guide.required': 'Niveau requis : {level} sur 4',
  'campaign.guide.candidateLevel': 'Niveau déclaré par la personne : {level} sur 4',
  'campaign.guide.question': 'Question {n}',
  'campaign.guide.followUps': 'Relances (situation, action, résultat)',
  'campaign.guide.gap.title': 'Écart à vérifier',
  'campaign.guide.gap.body':
    "Le résultat de la personne ({candidate} sur 4) est sous le niveau requis ({required} sur 4). Cherchez des exemples de ce qu'on fait au niveau suivant : {next}",
  'campaign.guide.flags.title': 'Points de vigilance sur les réponses',
  'campaign.guide.scale.title': 'Échelle de notation',
  'campaign.guide.scale.required': 'niveau requis',
  'campaign.guide.notInterviewed':
    "Outils mesurés par l'auto-évaluation, hors entretien : {skills}",
  'campaign.guide.forCandidate': 'Pour : {label}',
  'campaign.guide.forCampaign': 'Guide commun à toutes les personnes reçues',
  'campaign.guide.gap.probes': 'Questions pour vérifier',
  'campaign.guide.flags.general': "Sur l'ensemble des réponses",
  'campaign.guide.scale.rating': 'Note',
  'campaign.guide.scale.descriptor': 'Ce que la personne montre à ce niveau',
  'campaign.guide.notes': 'Note retenue (1 à 4) et faits observés',
  'campaign.forbidden.references': 'Références : {references}',
  'campaign.guide.pdf.author': "Trait d'union",
  'campaign.guide.pdf.subject': "Guide d'entretien structuré",
  'campaign.guide.pdf.footer': "Guide d'entretien, document interne",
  'campaign.guide.pdf.date': 'Préparé le {date}',
  'campaign.guide.pdf.fileName': 'guide-entretien',
  'campaign.guide.page.title': "Guide d'entretien",
  'campaign.guide.page.lead':
    "Le guide d'entretien structuré de ce recrutement, à imprimer ou à télécharger en PDF.",
  'campaign.guide.page.noscript':
    "Cette page lit votre clé d'accès dans la fin de son adresse, que seul votre navigateur connaît : activez JavaScript pour l'afficher.",
  'campaign.guide.page.loading': 'Chargement du guide…',
  'campaign.guide.page.missingToken':
    'Ce lien est incomplet : il manque la partie qui suit le signe #. Ouvrez le guide depuis votre page de recrutement ou de recruteur.',
  'campaign.guide.page.notFound':
    "Ce guide n'existe pas, ou votre lien ne permet pas de le lire (la personne a pu retirer son partage).",
  'campaign.guide.page.error':
    "Le guide n'a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.",
  'campaign.guide.page.print': 'Imprimer',
  'campaign.guide.page.pdf': 'Télécharger le PDF',
  'campaign.guide.page.pdfBusy': 'Préparation du PDF…',
  'campaign.guide.page.pdfError': "Le PDF n'a pas pu être préparé. Réessayez.",
  'campaign.forbidden.title': 'Questions à ne jamais poser',
  'campaign.forbidden.intro':
    "Ces sujets n'ont aucun lien avec la capacité à occuper le poste. Si la personne les aborde d'elle-même, ne relancez pas et n'en tenez pas compte.",
  'campaign.forbidden.examples': 'Par exemple',
  'campaign.forbidden.noRules':
    'Nous ne modélisons pas le droit du lieu de ce poste ; la liste reste une bonne pratique. Vérifiez les règles locales.',
  'campaign.flag.inconsistent': 'Réponses qui se contredisent',
  'campaign.flag.tooGood': 'Profil trop parfait pour être vraisemblable',
  'campaign.flag.careless': 'Questionnaire rempli trop vite ou de façon uniforme',
  'campaign.recommendation.strongNo': 'Non, certainement',
  'campaign.recommendation.no': 'Plutôt non',
  'campaign.recommendation.yes': 'Plutôt oui',
  'campaign.recommendation.strongYes': 'Oui, certainement',
  'campaign.scorecard.evidence': 'Faits observés (ce que la personne a dit ou fait)',
  'campaign.scorecard.hidden':
    "Les notes des autres recruteurs s'affichent une fois votre grille envoyée, pour que chacun juge de façon indépendante.",
  'campaign.scorecard.submitted':
    '{n, plural, =0 {Aucune grille envoyée} one {# grille envoyée} other {# grilles envoyées}}',
  'campaign.aggregate.mean': 'Moyenne : {mean}',
  'campaign.aggregate.spread': 'Écart : {spread, plural, one {# point} other {# points}}',
  'campaign.aggregate.disagreement.spread':
    'Désaccord : les notes sont éloignées de deux points ou plus',
  'campaign.aggregate.disagreement.crossesRequired':
    'Désaccord : certains voient le niveau requis atteint, d’autres non',
  'campaign.aggregate.recommendationsSplit':
    "Les avis d'ensemble sont partagés entre oui et non : à discuter.",
  'campaign.decision.hired': 'Embauché·e',
  'campaign.decision.rejected': 'Non retenu·e',
  'campaign.decision.talentPool': 'Gardé·e dans le vivier (avec son accord)',
  'campaign.decision.talentPoolNeedsConsent':
    "Le vivier n'est possible qu'avec l'accord de la personne, qu'elle ne nous a pas donné.",
  'campaign.retention.notHired':
    'Données des candidat·es non retenu·es supprimées {months, plural, one {# mois} other {# mois}} après la décision (au plus {max} mois, guide recrutement de la CNIL, 2023).',
  'campaign.retention.talentPool':
    "Vivier : {months, plural, one {# mois} other {# mois}} après le dernier contact (au plus {max} mois, avec l'accord de la personne, guide recrutement de la CNIL, 2023).",
  'campaign.anonymous': 'Candidat·e {letter}',
  'campaign.revealNames': 'Afficher les noms (cette action est journalisée)',
} as const;
