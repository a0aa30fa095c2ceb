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
    'Comptez 30 à 40 minutes. Vous pouvez faire une pause : vos réponses restent en mémoire dans ce navigateur.',
  'assessment.intro.measuredTitle': 'Ce qui est mesuré',
  'assessment.intro.measured':
    '{statements} phrases sur votre façon d’agir, {scenarios} situations, {practice} descriptions de pratique et {tools} outils à situer sur quatre niveaux. Quelques questions de contexte facultatives terminent le parcours.',
  'assessment.intro.privacyTitle': 'Vos données',
  'assessment.intro.privacy':
    'Vos réponses restent dans votre navigateur. Rien n’est envoyé, sauf si, à la fin, vous choisissez d’enregistrer votre résultat pour obtenir un lien privé. Aucune adresse e-mail n’est demandée ; un nom est facultatif et ne sert qu’à votre PDF.',
  'assessment.intro.scoringTitle': 'Comment les scores sont calculés',
  'assessment.intro.scoring':
    'Chaque compétence reçoit un score sur 100 à partir de toutes vos réponses : phrases (certaines formulées à l’envers sont comptées à l’envers), niveau de pratique choisi et choix dans les situations. Le niveau 4 demande que vos choix en situation le confirment : l’auto-déclaration seule s’arrête au niveau 3. Quelques phrases vérifient aussi la qualité des réponses ; elles ne changent aucun score mais la confiance du résultat.',
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
    'Ces résultats décrivent votre pratique telle que vos réponses la montrent. Chaque score est expliqué : ouvrez « Pourquoi ce score » sous le tableau. Servez-vous-en pour repérer vos appuis et vos axes de progrès, pas comme d’un verdict.',
  'assessment.results.cautions': 'À garder en tête en lisant vos résultats',
  'assessment.results.outdated':
    'Le questionnaire a changé depuis que ces réponses ont été données : les questions ajoutées depuis ne sont pas prises en compte.',
  'assessment.flag.too-fast':
    'Vous avez répondu en {minutes} min environ, alors qu’une lecture rapide mais réelle des questions en demande au moins {minimum}. Les réponses reflètent peut-être un survol.',
  'assessment.results.soft.title': 'Savoir-être et savoir-agir',
  'assessment.results.soft.chart': 'Radar des savoir-être, scores sur 100',
  'assessment.results.soft.tableCaption':
    'Scores des savoir-être sur 100 et niveau correspondant (1 à 4)',
  'assessment.results.knowhow.title': 'Savoir-faire',
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
    'Pour retrouver ce résultat plus tard ou le montrer à quelqu’un, vous pouvez l’enregistrer. Seules vos réponses sont gardées, sans adresse e-mail, avec votre nom seulement si vous cochez la case prévue, et vous pourrez tout supprimer à tout moment.',
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
  'assessment.pdf.method':
    'Méthode : chaque phrase vaut de 0 à 1 (les phrases formulées à l’envers sont inversées) ; le niveau de pratique choisi vaut le milieu de sa tranche et pèse comme deux phrases ; chaque situation donne les points de l’option choisie (0 à 3, ramenés à 1) aux compétences qu’elle mesure, avec le poids d’une demi-phrase. Le score est la moyenne pondérée sur 100. Niveaux : moins de 55 → 1, 55 à 69 → 2, 70 à 84 → 3, 85 et plus → 4, à condition que vos choix en situation atteignent en moyenne 80 % du meilleur ; sinon le niveau s’arrête à 3. Adéquation à un rôle : chaque exigence rapporte (niveau − 1) / (niveau attendu − 1), plafonné à 1 ; savoir-être et savoir-agir pèsent 2, savoir-faire et outils 1.',
  'assessment.step.practice.title': 'Votre pratique aujourd’hui',
  'assessment.step.practice.hint':
    'Pour chaque compétence, choisissez la description qui correspond à ce que vous faites réellement aujourd’hui, pas à ce que vous aimeriez faire.',
  'assessment.practice.never': 'Je ne l’ai encore jamais fait',
  'assessment.level.1.name': 'Débutant',
  'assessment.level.2.name': 'En progression',
  'assessment.level.3.name': 'Confirmé',
  'assessment.level.4.name': 'Expert',
  'assessment.level.1.text':
    'Applique les consignes et les réponses prévues, avec l’aide de l’équipe.',
  'assessment.level.2.text':
    'Agit seul·e dans les situations courantes et adapte sa réponse à la personne.',
  'assessment.level.3.text':
    'Gère seul·e les situations difficiles, anticipe et fait remonter ce qu’il faut.',
  'assessment.level.4.text':
    'Gère les situations rares ou de crise, et aide les autres à progresser.',
  'assessment.confidence.high': 'Confiance élevée : rien dans vos réponses n’appelle de réserve.',
  'assessment.confidence.medium':
    'Confiance moyenne : un signal invite à lire ces résultats avec un peu de recul.',
  'assessment.confidence.low':
    'Confiance faible : plusieurs signaux montrent que ces résultats décrivent peut-être mal votre pratique.',
  'assessment.flag.straight-lining':
    'Beaucoup de phrases ont reçu la même réponse (« {answer} » pour {share} % d’entre elles, jusqu’à {run} d’affilée). Comme certaines sont formulées à l’envers, une même réponse partout ne peut pas toutes les décrire.',
  'assessment.flag.inconsistent':
    'Vos réponses à des phrases qui disent la même chose (une fois inversées) divergent nettement, par exemple pour : {skills}. Les scores de ces compétences sont moins sûrs.',
  'assessment.flag.acquiescence.agree':
    'Vous avez souvent approuvé à la fois une phrase et son contraire. Cette tendance à dire « oui » gonfle les scores sans décrire la pratique.',
  'assessment.flag.acquiescence.disagree':
    'Vous avez souvent désapprouvé à la fois une phrase et son contraire. Cette tendance à dire « non » brouille les scores.',
  'assessment.flag.attention':
    '{failed} des {total} phrases de contrôle, qui demandaient une réponse précise, ont reçu une autre réponse : certaines questions ont peut-être été lues trop vite.',
  'assessment.flag.impression':
    'Vous êtes « tout à fait d’accord » avec {endorsed} des {total} affirmations que presque personne ne peut approuver sans réserve (par exemple ne jamais avoir été agacé·e). Les réponses donnent peut-être une image plus flatteuse que la pratique.',
  'assessment.flag.claims-above-choices':
    'Vos réponses sur vous-même dépassent en moyenne de {gap} points vos choix dans les situations. Écart le plus net pour : {skills}.',
  'assessment.why.summary':
    'Score {score} : moyenne pondérée de vos réponses sur vous-même ({self}/100, poids {selfWeight}) et de vos choix en situation ({observed}/100, poids {observedWeight}).',
  'assessment.why.summarySelfOnly':
    'Score {score} : vos réponses sur vous-même ({self}/100) ; aucune situation ne mesure cette compétence.',
  'assessment.why.summaryObservedOnly': 'Score {score} : vos choix en situation ({observed}/100).',
  'assessment.why.band':
    'Un score de {score} tombe dans la tranche du niveau {level} (niveau 2 dès {t2}, 3 dès {t3}, 4 dès {t4}).',
  'assessment.why.cap.no-scenario':
    'Le niveau s’arrête à 3 : sans situation pour l’observer, l’auto-déclaration seule ne donne pas le niveau 4.',
  'assessment.why.cap.scenarios-below-best':
    'Le niveau s’arrête à 3 : le niveau 4 demande que vos choix en situation atteignent en moyenne 80 % du meilleur choix.',
  'assessment.why.statement': '« {text} » : {answer}, compté {value}/100.',
  'assessment.why.statementReversed':
    '« {text} » (formulée à l’envers) : {answer}, compté {value}/100.',
  'assessment.why.scenario':
    'Situation « {title} » : votre choix vaut {points, plural, one {# point} other {# points}} sur 3, compté {value}/100.',
  'assessment.why.declared': 'Pratique choisie, niveau {level} (« {text} ») : compté {value}/100.',
  'assessment.why.declaredNever': 'Pratique choisie : jamais fait, compté {value}/100.',
  'assessment.norms.ready':
    'Comparaison avec {count} résultats enregistrés avec accord pour cette version du questionnaire.',
  'assessment.norms.tooFew':
    'Pas encore assez de résultats pour vous situer : {count, plural, one {# résultat enregistré} other {# résultats enregistrés}} avec accord pour cette version, il en faut au moins {minimum}.',
  'assessment.norms.unavailable':
    'La comparaison avec les autres résultats n’est pas disponible ici.',
  'assessment.norms.percentile': 'au-dessus de {percentile} % des résultats',
  'assessment.review.title': 'Les situations, après coup',
  'assessment.review.yourChoice': 'Votre choix',
  'assessment.review.best': 'Meilleur choix',
  'assessment.review.bestChosen': 'C’était le meilleur choix.',
  'assessment.review.points': '{points, plural, one {# point} other {# points}} sur 3',
  'assessment.results.confidence': 'Confiance dans ce résultat',
  'assessment.results.legend': 'Les quatre niveaux',
  'assessment.results.why.title': 'Pourquoi ce score',
  'assessment.results.why.show': 'Pourquoi ce score : {skill}',
  'assessment.results.table.percentile': 'Par rapport aux autres',
  'assessment.results.norms.title': 'Par rapport aux autres résultats',
  'assessment.results.name.label': 'Nom à faire figurer sur le PDF (facultatif)',
  'assessment.results.name.hint':
    'Il n’est utilisé que pour fabriquer le PDF dans votre navigateur ; il n’est envoyé nulle part, sauf si vous enregistrez le résultat en le conservant.',
  'assessment.results.name.error': 'Le nom doit tenir en 80 caractères.',
  'assessment.pdf.preparedFor': 'Établi pour {name}',
  'assessment.save.keepName': 'Conserver aussi le nom saisi pour le PDF',
  'assessment.save.norms':
    'Compter ce résultat, anonymement, dans la comparaison avec les autres résultats',
} as const;
