/** Interface strings of the assessment area, in French. */
export const assessment = {
  'assessment.page.title': 'Auto-évaluation des compétences',
  'assessment.page.description':
    'Évaluez vos savoir-être, vos réflexes en situation et votre maîtrise des outils de gestion de communauté, puis voyez votre adéquation avec chaque rôle de la cellule.',
  'assessment.page.lead':
    'Un bilan honnête de vos savoir-être, de vos réflexes face à des situations concrètes et de votre maîtrise des outils, comparé aux trois rôles de la cellule communautaire.',
  'assessment.page.noscript':
    'L’auto-évaluation a besoin de JavaScript pour fonctionner dans votre navigateur. Vos réponses n’en sortent pas sans votre accord.',
  'assessment.intro.title': 'Avant de commencer',
  'assessment.intro.duration':
    'Comptez 15 à 20 minutes. Vous pouvez faire une pause : vos réponses restent en mémoire dans ce navigateur.',
  'assessment.intro.measuredTitle': 'Ce qui est mesuré',
  'assessment.intro.measured':
    '{statements} affirmations sur votre façon d’être et d’agir, {scenarios} mises en situation et {tools} outils à situer sur quatre niveaux. Quelques questions de contexte, facultatives, terminent le parcours.',
  'assessment.intro.privacyTitle': 'Vos données',
  'assessment.intro.privacy':
    'Vos réponses restent dans votre navigateur. Rien n’est envoyé, sauf si, à la fin, vous choisissez d’enregistrer votre résultat pour obtenir un lien privé. Aucun nom ni adresse e-mail n’est demandé.',
  'assessment.intro.scoringTitle': 'Comment les scores sont calculés',
  'assessment.intro.scoring':
    'Chaque compétence reçoit un score sur 100 à partir de vos réponses (certaines affirmations sont formulées à l’envers et comptées en sens inverse) et des choix faits en situation. Ces scores sont comparés aux niveaux attendus par chaque rôle ; les savoir-être et savoir-agir comptent double par rapport aux savoir-faire.',
  'assessment.intro.methodLink': 'Lire la méthode détaillée',
  'assessment.intro.start': 'Commencer',
  'assessment.step.loading': 'Chargement des questions…',
  'assessment.results.loading': 'Calcul de vos résultats…',
  'assessment.step.progress': 'Étape {current} sur {total}',
  'assessment.step.statements.title': 'Ce qui vous ressemble ({part} sur {parts})',
  'assessment.step.statements.hint':
    'Pour chaque phrase, indiquez à quel point elle vous décrit aujourd’hui. Il n’y a pas de bonne ou de mauvaise réponse : la plus juste est la plus utile.',
  'assessment.scale.1': 'Pas du tout d’accord',
  'assessment.scale.2': 'Plutôt pas d’accord',
  'assessment.scale.3': 'Ni d’accord ni en désaccord',
  'assessment.scale.4': 'Plutôt d’accord',
  'assessment.scale.5': 'Tout à fait d’accord',
  'assessment.step.scenarios.title': 'Mises en situation',
  'assessment.step.scenarios.hint':
    'Pour chaque situation, choisissez la réaction la plus proche de ce que vous feriez vraiment.',
  'assessment.step.tools.title': 'Vos outils',
  'assessment.step.tools.hint':
    'Pour chaque famille d’outils, choisissez la description qui correspond à votre pratique. « Jamais utilisé » est une réponse comme une autre.',
  'assessment.tool.never': 'Jamais utilisé',
  'assessment.tool.levelShort': 'Niveau {level}',
  'assessment.tool.examples': 'Par exemple : {list}',
  'assessment.step.context.title': 'Votre contexte (facultatif)',
  'assessment.step.context.hint':
    'Ces informations aident à lire vos résultats ; elles ne changent aucun score.',
  'assessment.context.years': 'Années d’expérience en gestion de communauté',
  'assessment.context.yearsHint': 'Un nombre entier entre 0 et 60, ou laissez vide.',
  'assessment.context.yearsError': 'Indiquez un nombre entier entre 0 et 60, ou laissez vide.',
  'assessment.context.sector': 'Secteur d’activité',
  'assessment.context.sectorHint':
    'Par exemple : tourisme, jeu vidéo, collectivité (80 caractères au plus).',
  'assessment.context.sectorError': 'Le secteur doit tenir en 80 caractères.',
  'assessment.context.contactError':
    'Retirez l’adresse e-mail ou le numéro de téléphone : le résultat est enregistré sans rien qui permette de vous joindre ou de vous identifier.',
  'assessment.context.target': 'Rôle visé',
  'assessment.context.targetNone': 'Pas de rôle en particulier',
  'assessment.nav.back': 'Précédent',
  'assessment.nav.next': 'Suivant',
  'assessment.nav.finish': 'Voir mes résultats',
  'assessment.errors.required': 'Choisissez une réponse.',
  'assessment.errors.summaryOne': 'Il manque 1 réponse sur cette étape :',
  'assessment.errors.summaryMany': 'Il manque {count} réponses sur cette étape :',
  'assessment.errors.summaryContext': 'Corrigez le champ signalé sur cette étape :',
  'assessment.autosave': 'Vos réponses sont gardées dans ce navigateur au fur et à mesure.',
  'assessment.results.title': 'Vos résultats',
  'assessment.results.lead':
    'Ces résultats décrivent l’image que vous donnez de vous-même à travers vos réponses. Ils servent à repérer vos points d’appui et vos pistes de progrès, pas à vous juger.',
  'assessment.results.cautions': 'À garder en tête en lisant vos résultats',
  'assessment.results.outdated':
    'Le questionnaire a changé depuis que ces réponses ont été données : les questions ajoutées depuis ne sont pas prises en compte.',
  'assessment.flag.identical-answers':
    'Vous avez donné la même réponse ({value}) à toutes les affirmations. Comme certaines sont formulées à l’envers, vos scores de savoir-être sont sans doute peu représentatifs.',
  'assessment.flag.too-fast':
    'Vous avez répondu en {minutes} min environ, alors qu’une lecture attentive prend au moins {minimum} min. Les scores peuvent refléter une lecture rapide.',
  'assessment.flag.contradictory-pairs':
    'Certaines réponses se contredisent (une affirmation et son inverse approuvées toutes les deux) pour : {skills}. Relisez ces compétences avec recul.',
  'assessment.results.soft.title': 'Savoir-être et savoir-agir',
  'assessment.results.soft.chart': 'Radar des savoir-être, scores sur 100',
  'assessment.results.soft.tableCaption':
    'Scores des savoir-être sur 100 et niveau correspondant (1 à 4)',
  'assessment.results.knowhow.title': 'Savoir-faire observés en situation',
  'assessment.results.table.skill': 'Compétence',
  'assessment.results.table.score': 'Score sur 100',
  'assessment.results.table.level': 'Niveau',
  'assessment.results.table.tool': 'Outil',
  'assessment.results.tools.title': 'Maîtrise des outils',
  'assessment.results.tools.category': '{score} sur 100',
  'assessment.results.tool.never': 'Jamais utilisé',
  'assessment.results.tool.level': 'Niveau {level} sur 4',
  'assessment.toolCategory.social-networks': 'Réseaux sociaux',
  'assessment.toolCategory.scheduling': 'Planification',
  'assessment.toolCategory.listening': 'Écoute et veille',
  'assessment.toolCategory.analytics': 'Mesure d’audience',
  'assessment.toolCategory.design': 'Création visuelle',
  'assessment.toolCategory.community-platforms': 'Plateformes communautaires',
  'assessment.toolCategory.reporting': 'Tableaux de bord',
  'assessment.results.fit.title': 'Adéquation avec les rôles',
  'assessment.results.fit.lead':
    'Chaque rôle attend un niveau précis pour chaque compétence et chaque outil. Les savoir-être et savoir-agir comptent double.',
  'assessment.results.fit.value': 'Adéquation : {fit} sur 100',
  'assessment.results.fit.target': 'Rôle visé',
  'assessment.results.fit.strengths': 'Points forts',
  'assessment.results.fit.gaps': 'À développer en priorité',
  'assessment.results.fit.noGaps': 'Aucun écart mesuré avec ce rôle.',
  'assessment.results.fit.noStrengths': 'Aucun niveau attendu n’est encore atteint.',
  'assessment.results.fit.strengthLine': '{skill} : niveau {current} pour {required} attendu',
  'assessment.results.fit.gapLine':
    '{skill} : niveau {current} pour {required} attendu. Prochaine étape (niveau {next}) :',
  'assessment.results.fit.unmeasured': 'Non mesuré par ce questionnaire : {skills}.',
  'assessment.results.pdf': 'Télécharger le rapport PDF',
  'assessment.results.pdfBusy': 'Préparation du PDF…',
  'assessment.results.pdfError': 'Le PDF n’a pas pu être créé. Réessayez.',
  'assessment.results.restart': 'Recommencer l’évaluation',
  'assessment.results.edit': 'Revenir à mes réponses',
  'assessment.save.title': 'Garder ce résultat',
  'assessment.save.text':
    'Pour retrouver ce résultat plus tard ou le montrer à quelqu’un, vous pouvez l’enregistrer. Seules vos réponses sont gardées, sans nom ni adresse e-mail, et vous pourrez les supprimer à tout moment.',
  'assessment.save.consent':
    'J’accepte que mes réponses soient enregistrées sur le serveur de Trait d’union, accessibles par un lien privé.',
  'assessment.save.consentError': 'Cochez la case pour donner votre accord avant d’enregistrer.',
  'assessment.save.button': 'Enregistrer et obtenir un lien privé',
  'assessment.save.busy': 'Enregistrement…',
  'assessment.save.error':
    'L’enregistrement a échoué. Vos réponses sont toujours dans ce navigateur ; réessayez.',
  'assessment.save.doneTitle': 'Résultat enregistré',
  'assessment.save.doneText':
    'Ce lien est la seule clé de votre résultat : gardez-le, personne d’autre ne peut le retrouver. Il permet de revoir, télécharger ou supprimer le résultat.',
  'assessment.save.link': 'Votre lien privé',
  'assessment.save.copy': 'Copier le lien',
  'assessment.save.copied': 'Lien copié.',
  'assessment.saved.title': 'Résultat d’auto-évaluation enregistré',
  'assessment.saved.lead':
    'Ce résultat a été enregistré avec votre accord. Seul ce lien permet de le voir.',
  'assessment.saved.loading': 'Chargement du résultat…',
  'assessment.saved.missingToken':
    'Ce lien est incomplet : la clé qui suit le signe # manque. Utilisez le lien complet reçu à l’enregistrement.',
  'assessment.saved.notFound':
    'Ce résultat n’existe pas ou plus, ou la clé du lien ne correspond pas.',
  'assessment.saved.error': 'Le résultat n’a pas pu être chargé. Réessayez dans un instant.',
  'assessment.saved.createdAt': 'Enregistré le {date}.',
  'assessment.saved.delete': 'Supprimer ce résultat',
  'assessment.saved.deleteConfirm': 'Confirmer la suppression définitive',
  'assessment.saved.deleteCancel': 'Annuler',
  'assessment.saved.deleteWarning':
    'La suppression est définitive : le lien cessera de fonctionner.',
  'assessment.saved.deleted': 'Le résultat a été supprimé. Ce lien ne fonctionne plus.',
  'assessment.saved.deleteError': 'La suppression a échoué. Réessayez.',
  'assessment.saved.newAssessment': 'Faire une nouvelle auto-évaluation',
  'assessment.pdf.title': 'Auto-évaluation : savoir-être, situations et outils',
  'assessment.pdf.subtitle': 'Résultat du {date}',
  'assessment.pdf.author': 'Trait d’union',
  'assessment.pdf.subject': 'Auto-évaluation des compétences de gestion de communauté',
  'assessment.pdf.footer': 'Trait d’union · auto-évaluation, document personnel',
  'assessment.pdf.disclaimer':
    'Ce rapport résume une auto-évaluation : il décrit la façon dont vous vous voyez et vos choix face à des situations types. Ce n’est ni un test certifié ni un avis de recrutement.',
  'assessment.pdf.cautions': 'À garder en tête',
  'assessment.pdf.outdated':
    'Le questionnaire a changé depuis ces réponses ; les questions ajoutées depuis ne comptent pas.',
  'assessment.pdf.method':
    'Méthode : chaque affirmation vaut de 0 à 1 (les affirmations inversées sont comptées en sens inverse) ; chaque mise en situation apporte les points de l’option choisie (0 à 3, ramenés sur 1) aux compétences qu’elle mesure et pèse comme deux affirmations. Le score d’une compétence est la moyenne pondérée, sur 100, puis un niveau de 1 à 4 (moins de 40, 40 à 59, 60 à 79, 80 et plus). L’adéquation à un rôle compare ces niveaux aux niveaux attendus : savoir-être et savoir-agir (obligatoires) pèsent 2, savoir-faire et outils pèsent 1.',
} as const;
