/** Interface strings of the sourcing area, in French. */
export const sourcing = {
  'sourcing.title': 'Recruter, former ou externaliser ?',
  'sourcing.description':
    "Comparez l'embauche, la formation d'un·e employé·e, un·e freelance, une agence ou une formule mixte pour votre community management : coûts, faisabilité et raisons.",
  'sourcing.lead':
    "Décrivez votre entreprise et vos besoins : l'outil compare sept façons d'assurer votre community management, avec les coûts sur votre horizon, ce qui est faisable et pourquoi.",
  'sourcing.noscript':
    "L'aide au choix a besoin de JavaScript pour calculer. L'API POST /api/sourcing donne le même résultat.",
  'sourcing.legend.company': 'Votre entreprise',
  'sourcing.legend.workload': 'La charge de travail',
  'sourcing.legend.needs': 'Vos besoins',
  'sourcing.legend.assumptions': 'Hypothèses de coût',
  'sourcing.assumptions.hint':
    'Valeurs par défaut tirées de nos sources (année indiquée). Remplacez-les par vos devis ou vos salaires.',
  'sourcing.field.country': 'Pays',
  'sourcing.country.fr': 'France (euros)',
  'sourcing.country.qc': 'Québec (dollars canadiens)',
  'sourcing.field.headcount': "Nombre de salarié·es de l'entreprise",
  'sourcing.field.monthlyBudget': 'Budget mensuel disponible ({currency})',
  'sourcing.field.seniority': 'Niveau de la personne recrutée en interne',
  'sourcing.seniority.junior': 'Junior',
  'sourcing.seniority.confirmed': 'Confirmé·e',
  'sourcing.seniority.senior': 'Senior',
  'sourcing.field.workloadMode': 'Comment estimer la charge ?',
  'sourcing.workloadMode.estimate': 'À partir de ma présence en ligne',
  'sourcing.workloadMode.hours': "Je connais le nombre d'heures par semaine",
  'sourcing.field.networks': 'Réseaux sociaux à animer',
  'sourcing.field.communitySpaces': 'Espaces communautaires (forum, groupe, serveur)',
  'sourcing.field.postsPerWeek': 'Publications par semaine',
  'sourcing.field.conversationsPerWeek': 'Messages et commentaires à traiter par semaine',
  'sourcing.field.hoursPerWeek': 'Heures par semaine',
  'sourcing.field.coverage': 'Horaires à couvrir',
  'sourcing.coverage.office': 'Heures de bureau',
  'sourcing.coverage.extended': 'Aussi les soirs et les week-ends',
  'sourcing.coverage.crisis': 'Jour et nuit en cas de crise',
  'sourcing.field.objectives': 'Objectifs',
  'sourcing.objective.visibility': 'Visibilité de la marque',
  'sourcing.objective.customer-service': 'Service client',
  'sourcing.objective.acquisition': 'Conquête de clients',
  'sourcing.objective.e-reputation': 'E-réputation et gestion de crise',
  'sourcing.objective.internal': 'Communication interne',
  'sourcing.scale.hint': '1 = peu important, 5 = essentiel',
  'sourcing.field.closeness': 'Travail au quotidien avec les autres services',
  'sourcing.field.independence': 'Indépendance stratégique et confidentialité',
  'sourcing.field.outsideVoice': "Valeur d'un regard extérieur et neutre",
  'sourcing.field.startWithinWeeks': 'Démarrage souhaité sous (semaines)',
  'sourcing.field.horizonMonths': 'Horizon de comparaison (mois)',
  'sourcing.field.canTrain': "Une personne de l'équipe pourrait être formée",
  'sourcing.invalid': 'Valeur invalide ou hors limites.',
  'sourcing.submit': 'Comparer les options',
  'sourcing.loading': 'Calcul en cours…',
  'sourcing.error': "Le calcul n'a pas abouti. Vérifiez les champs signalés puis réessayez.",
  'sourcing.answer.title': 'Résultat',
  'sourcing.answer.recommended': 'Option recommandée : {option}',
  'sourcing.answer.noneFeasible':
    'Aucune option ne respecte toutes vos contraintes. La mieux notée est {option} ; voyez ci-dessous ce qui bloque.',
  'sourcing.answer.hours': 'Charge de travail retenue : {hours} h par semaine.',
  'sourcing.answer.why': 'Pourquoi cette option',
  'sourcing.answer.whyNot': 'Pourquoi pas les autres',
  'sourcing.answer.chart': 'Score et coût par option',
  'sourcing.answer.chart.caption':
    'Barre pleine : score sur 100. Barre claire : coût sur {months} mois, relatif à la plus chère.',
  'sourcing.answer.table': 'Comparaison détaillée',
  'sourcing.answer.sensitivity': 'Ce qui changerait la recommandation',
  'sourcing.answer.sensitivity.none':
    'Aucune variation raisonnable de vos réponses ne change la recommandation.',
  'sourcing.answer.weights': 'Les critères et leur poids',
  'sourcing.answer.weights.hint':
    'Les poids découlent de vos réponses ; chaque option reçoit une note de 0 à 1 par critère.',
  'sourcing.answer.assumptions': 'Hypothèses utilisées et sources',
  'sourcing.answer.edited': 'modifiée',
  'sourcing.answer.default': 'défaut : {value}',
  'sourcing.col.option': 'Option',
  'sourcing.col.score': 'Score',
  'sourcing.col.monthly': 'Par mois',
  'sourcing.col.oneOff': 'Coûts de départ',
  'sourcing.col.total': 'Sur {months} mois',
  'sourcing.col.start': 'Démarrage',
  'sourcing.col.feasible': 'Faisable',
  'sourcing.col.criterion': 'Critère',
  'sourcing.col.weight': 'Poids',
  'sourcing.col.assumption': 'Hypothèse',
  'sourcing.col.value': 'Valeur',
  'sourcing.col.source': 'Source',
  'sourcing.yes': 'Oui',
  'sourcing.no': 'Non',
  'sourcing.weeks': '{weeks} sem.',
  'sourcing.reliability.verified': 'vérifiée',
  'sourcing.reliability.computed': 'calculée',
  'sourcing.reliability.indicative': 'indicative',
  'sourcing.unit.EUR/year': '€ par an',
  'sourcing.unit.CAD/year': '$ CA par an',
  'sourcing.unit.EUR/month': '€ par mois',
  'sourcing.unit.CAD/month': '$ CA par mois',
  'sourcing.unit.EUR/day': '€ par jour',
  'sourcing.unit.CAD/day': '$ CA par jour',
  'sourcing.unit.EUR/hour': "€ de l'heure",
  'sourcing.unit.CAD/hour': "$ CA de l'heure",
  'sourcing.unit.EUR': '€',
  'sourcing.unit.CAD': '$ CA',
  'sourcing.unit.percent': '%',
  'sourcing.unit.hours/week': 'h par semaine',
  'sourcing.unit.hours/month': 'h par mois',
  'sourcing.unit.hours/day': 'h par jour',
  'sourcing.unit.minutes': 'minutes',
  'sourcing.unit.weeks': 'semaines',
  'sourcing.unit.months': 'mois',
  'sourcing.assumption.traineeSalary': "Salaire brut annuel de l'employé·e à former",
  'sourcing.copyLink': 'Copier le lien',
  'sourcing.linkCopied': 'Lien copié : il reproduit ce résultat.',
  'sourcing.linkCopyFailed': 'Copie impossible ; le lien est dans la barre d’adresse.',
  'sourcing.pdf': 'Télécharger la synthèse PDF',
  'sourcing.pdf.loading': 'Préparation du PDF…',
  'sourcing.pdf.error': "Le PDF n'a pas pu être créé.",
  'sourcing.method': 'Comment nous calculons',
  'sourcing.option.in-house': 'Recruter à temps plein',
  'sourcing.option.upskill': 'Vous ou un·e collègue, formé·e',
  'sourcing.option.freelance': 'Freelance',
  'sourcing.option.agency': 'Agence',
  'sourcing.option.hybrid': 'Formule mixte',
  'sourcing.option.in-house.hint': 'Un·e community manager (F/H) salarié·e',
  'sourcing.option.upskill.hint': 'Une courte formation, puis quelques heures par semaine',
  'sourcing.option.freelance.hint': 'Un·e indépendant·e payé·e à la journée',
  'sourcing.option.agency.hint': 'Une équipe externe au forfait mensuel',
  'sourcing.option.hybrid.hint':
    'Un·e salarié·e pilote, des expert·es pour les crises et lancements',
  'sourcing.criterion.continuity': 'Continuité',
  'sourcing.criterion.synergy': 'Synergie avec les services',
  'sourcing.criterion.independence': 'Indépendance et savoir-faire gardé',
  'sourcing.criterion.outside-view': 'Regard extérieur',
  'sourcing.criterion.breadth': 'Plusieurs personnes, vue stratégique',
  'sourcing.criterion.flexibility': 'Souplesse',
  'sourcing.criterion.cost': 'Coût',
  'sourcing.criterion.coverage': 'Couverture horaire',
  'sourcing.criterion.speed': 'Rapidité de démarrage',
  'sourcing.reason.strength.continuity':
    'Continuité : la même personne suit la communauté dans la durée et en garde la mémoire.',
  'sourcing.reason.strength.synergy':
    'Proximité : elle travaille chaque jour avec le marketing, le service client et les autres équipes.',
  'sourcing.reason.strength.independence':
    "Indépendance : la stratégie, les accès et les compétences restent dans l'entreprise.",
  'sourcing.reason.strength.outside-view':
    'Regard extérieur : plus de distance, de neutralité et de crédibilité face à la communauté.',
  'sourcing.reason.strength.breadth':
    'Plusieurs personnes et une vue stratégique plus large : vous êtes tranquille même en cas d’absence.',
  'sourcing.reason.strength.flexibility':
    "Souplesse : le volume s'ajuste ou s'arrête sans engagement lourd.",
  'sourcing.reason.strength.cost': 'Coût : {total} sur {months} mois, parmi les plus bas.',
  'sourcing.reason.strength.coverage': 'Couverture : elle assure les horaires que vous demandez.',
  'sourcing.reason.strength.speed':
    'Rapidité : démarrage en {weeks, plural, one {# semaine} other {# semaines}} environ.',
  'sourcing.reason.weakness.continuity':
    "Moins de continuité : l'intervenant·e peut changer ou partir en fin de contrat.",
  'sourcing.reason.weakness.synergy':
    "Plus loin des autres services : l'information circule moins vite.",
  'sourcing.reason.weakness.independence':
    'Les accès, la confidentialité et le savoir-faire dépendent davantage d’un tiers.',
  'sourcing.reason.weakness.outside-view':
    'Moins de recul : une voix interne paraît moins neutre à la communauté.',
  'sourcing.reason.weakness.breadth':
    'Une seule personne porte toutes les compétences, sans relais en cas d’absence.',
  'sourcing.reason.weakness.flexibility':
    'Engagement plus lourd, difficile à ajuster si vos besoins changent.',
  'sourcing.reason.weakness.cost': 'Plus cher : {total} sur {months} mois.',
  'sourcing.reason.weakness.coverage': 'Couvre moins bien les horaires demandés.',
  'sourcing.reason.weakness.speed':
    'Plus lent à démarrer : environ {weeks, plural, one {# semaine} other {# semaines}}.',
  'sourcing.reason.blocker.coverage': 'Ne peut pas assurer la couverture demandée ({needed}).',
  'sourcing.reason.blocker.hours':
    'La charge ({hours} h par semaine) dépasse ce que cette formule peut absorber ({limit} h).',
  'sourcing.reason.blocker.too-little-work.hybrid':
    'Trop peu de travail ({hours} h par semaine) pour un·e salarié·e pilote à mi-temps : il en faudrait au moins {minimum} h.',
  'sourcing.reason.blocker.too-little-work.apprentice':
    'Trop peu de travail ({hours} h par semaine) pour former un·e apprenti·e : il lui faut au moins {minimum} h de vraies tâches en entreprise.',
  'sourcing.reason.blocker.too-little-work.in-house':
    'Trop peu de travail ({hours} h par semaine) pour un temps plein, qui resterait en grande partie inoccupé : il en faudrait au moins {minimum} h.',
  'sourcing.reason.blocker.too-little-work.part-time':
    'Trop peu de travail ({hours} h par semaine) pour un contrat à temps partiel de la durée minimale légale, qui resterait en grande partie vide : il en faudrait au moins {minimum} h.',
  'sourcing.reason.blocker.contract-length':
    'Un contrat d’apprentissage dure au moins {minimum} mois (Code du travail, art. L6222-7-1) : plus que votre besoin de {months, plural, one {# mois} other {# mois}}.',
  'sourcing.reason.blocker.no-trainee': "Personne dans l'équipe ne peut être formé·e.",
  'sourcing.reason.blocker.budget':
    'Dépasse le budget : {average} par mois en moyenne pour {budget} prévus.',
  'sourcing.reason.blocker.start':
    'Démarre trop tard : environ {weeks, plural, one {# semaine} other {# semaines}} pour {limit} souhaitées.',
  'sourcing.sensitivity.above.hoursPerWeek': 'À partir de {value} h par semaine',
  'sourcing.sensitivity.below.hoursPerWeek': 'À {value} h par semaine ou moins',
  'sourcing.sensitivity.above.monthlyBudget': 'Avec un budget de {value} par mois ou plus',
  'sourcing.sensitivity.below.monthlyBudget': 'Avec un budget de {value} par mois ou moins',
  'sourcing.sensitivity.above.horizonMonths': 'Sur un horizon de {value} mois ou plus',
  'sourcing.sensitivity.below.horizonMonths': 'Sur un horizon de {value} mois ou moins',
  'sourcing.sensitivity.above.startWithinWeeks':
    'Si le démarrage peut attendre {value} semaines ou plus',
  'sourcing.sensitivity.below.startWithinWeeks':
    'Si le démarrage doit se faire sous {value} semaines ou moins',
  'sourcing.sensitivity.above.closeness': 'Si le lien avec les autres services monte à {value}/5',
  'sourcing.sensitivity.below.closeness': 'Si le lien avec les autres services descend à {value}/5',
  'sourcing.sensitivity.above.independence': "Si l'indépendance compte pour {value}/5",
  'sourcing.sensitivity.below.independence': "Si l'indépendance ne compte que pour {value}/5",
  'sourcing.sensitivity.above.outsideVoice': 'Si le regard extérieur compte pour {value}/5',
  'sourcing.sensitivity.below.outsideVoice': 'Si le regard extérieur ne compte que pour {value}/5',
  'sourcing.sensitivity.outcome.change':
    '«\u00a0{to}\u00a0» passerait devant «\u00a0{from}\u00a0».',
  'sourcing.sensitivity.outcome.none': 'plus aucune option ne tiendrait dans vos contraintes.',
  'sourcing.sensitivity.outcome.appear': '«\u00a0{to}\u00a0» deviendrait possible.',
  'sourcing.pdf.title': 'Synthèse : recruter, former ou externaliser',
  'sourcing.pdf.subtitle': 'Community management · {date}',
  'sourcing.pdf.footer': "Trait d'union · aide à la décision, à vérifier avec vos devis",
  'sourcing.pdf.link': 'Lien vers ce résultat : {url}',
  // Issue 14: plans, staffing, breakdowns, notices, weights and briefs.
  'sourcing.answer.closest':
    'Aucune option ne tient toutes vos contraintes : le plan le plus proche est « {option} ».',
  'sourcing.answer.noWork': 'Rien à confier pour l’instant : la charge de travail est nulle.',
  'sourcing.answer.noWork.detail':
    'Avec moins d’une demi-heure par semaine, ni embauche, ni formation, ni prestataire ne se justifie. Décrivez votre présence en ligne prévue pour obtenir un plan.',
  'sourcing.plan.title': 'Pour que « {option} » fonctionne',
  'sourcing.plan.hoursRoute': 'Ou bien, sans rien changer d’autre : {change}.',
  'sourcing.plan.atOnce':
    'Dès maintenant, dans vos contraintes : « {option} » pour {hours} h par semaine au plus.',
  'sourcing.plan.atOnce.none':
    'Rien d’utile ne tient dans vos contraintes actuelles, même en réduisant fortement les heures : commencez par l’un des changements ci-dessus.',
  'sourcing.plan.change.budget': 'budget de {to} par mois au lieu de {from} (+{delta})',
  'sourcing.plan.change.start': 'démarrage sous {to} semaines au lieu de {from} (+{delta})',
  'sourcing.plan.change.coverage': 'couverture réduite à : {to} (au lieu de : {from})',
  'sourcing.plan.change.hours': '{to} h par semaine au lieu de {from} (−{delta} h)',
  'sourcing.staffing.full-time':
    '{count, plural, one {1 personne à temps plein : elle} other {# personnes à temps plein, en horaires décalés et en roulement : elles}}',
  'sourcing.staffing.part-time':
    '{count, plural, one {1 personne à temps partiel ({hours} h par semaine) : elle} other {# personnes à temps partiel ({hours} h par semaine chacune), en horaires décalés et en roulement : elles}}',
  'sourcing.staffing.lead':
    '{count, plural, one {1 responsable interne ({hours} h par semaine) et des expert·es extérieur·es d’astreinte :} other {# responsables internes ({hours} h par semaine chacun·e) et des expert·es extérieur·es d’astreinte :}}',
  'sourcing.staffing.colleague':
    'Vous ou une personne de l’équipe, {hours} h par semaine en plus de son poste :',
  'sourcing.staffing.apprentice':
    'Un·e apprenti·e, {hours} h par semaine en entreprise (le reste à l’école), avec un·e tuteur·rice :',
  'sourcing.staffing.one-provider': 'Une personne extérieure aux horaires souples :',
  'sourcing.staffing.team': 'Une équipe extérieure de plusieurs personnes :',
  'sourcing.staffing.covers.office':
    '{count, plural, one {couvre les heures de bureau.} other {couvrent les heures de bureau.}}',
  'sourcing.staffing.covers.extended':
    '{count, plural, one {couvre aussi les soirs et les week-ends.} other {couvrent aussi les soirs et les week-ends.}}',
  'sourcing.staffing.covers.crisis':
    '{count, plural, one {couvre jour et nuit, astreinte de crise comprise.} other {couvrent jour et nuit, astreinte de crise comprise.}}',
  'sourcing.reason.blocker.unavailable':
    'Le contrat d’apprentissage est français ; au Québec, voyez plutôt les stages (non chiffrés ici).',
  'sourcing.option.part-time': 'Recruter à temps partiel',
  'sourcing.option.part-time.hint':
    'Un contrat ajusté aux heures, au moins la durée légale minimale',
  'sourcing.option.apprentice': 'Prendre un·e apprenti·e',
  'sourcing.option.apprentice.hint':
    'Contrat en alternance avec aide à l’embauche, rythme école et tutorat',
  'sourcing.breakdown.title.employee': 'Coût employeur d’une personne recrutée, par an',
  'sourcing.breakdown.title.apprentice': 'Coût employeur de l’apprenti·e, par an',
  'sourcing.breakdown.gross': 'Salaire brut',
  'sourcing.breakdown.health': 'Santé (maladie, prévoyance)',
  'sourcing.breakdown.accidents': 'Accidents du travail',
  'sourcing.breakdown.pension': 'Retraite',
  'sourcing.breakdown.family': 'Famille',
  'sourcing.breakdown.unemployment': 'Assurance chômage',
  'sourcing.breakdown.transport': 'Versement mobilité',
  'sourcing.breakdown.other': 'Autres contributions (formation, logement, dialogue social…)',
  'sourcing.breakdown.reductions': 'Réductions de cotisations',
  'sourcing.breakdown.total': 'Coût employeur total',
  'sourcing.breakdown.aid': 'Aide à l’embauche (1re année)',
  'sourcing.breakdown.source.fr': 'Calcul du moteur de l’URSSAF (modele-social), règles {year}.',
  'sourcing.breakdown.source.qc':
    'Taux québécois {year} de nos sources (RRQ, RQAP, AE, FSS, CNT) ; CNESST non comprise.',
  'sourcing.notice.belowMinimumWage':
    '{label} : {value} est sous le salaire minimum ({hourly} de l’heure en {year}, soit {minimum} par an à temps plein). Le calcul retient le minimum légal.',
  'sourcing.notice.transportLevyUnset':
    'Versement mobilité non renseigné : au-delà de 10 salarié·es, il dépend de la commune du lieu de travail (jusqu’à environ 3,2 % à Paris). Indiquez votre taux (moteur de recherche de l’URSSAF) pour un coût exact.',
  'sourcing.field.company': 'Nom de l’entreprise (facultatif)',
  'sourcing.field.transportLevyPercent': 'Taux du versement mobilité du lieu de travail (%)',
  'sourcing.field.transportLevyPercent.hint':
    '0 si votre commune n’en a pas ou si vous avez 10 salarié·es ou moins. Taux sur urssaf.fr, « versement mobilité ».',
  'sourcing.field.scales': 'Priorités',
  'sourcing.field.role': 'Modèle de rôle pour le cahier des charges',
  'sourcing.role.none': 'Aucun',
  'sourcing.role.manager': 'Manager',
  'sourcing.role.animator': 'Animateur·rice',
  'sourcing.role.expert': 'Expert·e',
  'sourcing.summary.estimated':
    '{hours} h estimées ({networks} réseaux, {posts} publications et {conversations} messages par semaine)',
  'sourcing.invalid.range': 'Entrez un nombre entre {min} et {max}.',
  'sourcing.invalid.rangeInteger': 'Entrez un nombre entier entre {min} et {max}.',
  'sourcing.invalid.company': '80 caractères au plus.',
  'sourcing.invalid.objectives': 'Choisissez au moins un objectif.',
  'sourcing.answer.weights.edit':
    'Vos poids (0 à 10) : la réponse se met à jour dès que vous en changez un.',
  'sourcing.answer.weights.reset': 'Revenir aux poids calculés',
  'sourcing.col.computed': 'Poids calculé',
  'sourcing.answer.dated': 'ancien',
  'sourcing.answer.datedWhy': 'Chiffre de plus de 5 ans : {reason}',
  'sourcing.answer.breakdown': 'Détail du coût employeur',
  'sourcing.answer.notices': 'À savoir',
  'sourcing.assumption.salaryJunior': 'Salaire brut annuel, profil junior',
  'sourcing.assumption.salaryConfirmed': 'Salaire brut annuel, profil confirmé',
  'sourcing.assumption.salarySenior': 'Salaire brut annuel, profil senior',
  'sourcing.pdf.inputs': 'Vos réponses',
  'sourcing.pdf.plan': 'Le plan',
  'sourcing.pdf.assumptions': 'Hypothèses et sources',
  'sourcing.pdf.weights': 'Poids des critères',
  'sourcing.brief.link': 'Cahier des charges de la prestation',
  'sourcing.brief.markdown': 'Cahier des charges (Markdown)',
  'sourcing.brief.pdf': 'Cahier des charges (PDF)',
  // Issue 14: the mission brief (cahier des charges).
  'sourcing.brief.title': 'Cahier des charges : community management de {company}',
  'sourcing.brief.subtitle': 'Pour : {option} · {date}',
  'sourcing.brief.country.fr': 'France',
  'sourcing.brief.country.qc': 'Québec',
  'sourcing.brief.ourCompany': 'notre entreprise',
  'sourcing.brief.h.context': 'Contexte',
  'sourcing.brief.context':
    '{company} compte {headcount} salarié·es ({country}) et cherche qui assurera l’animation de ses communautés en ligne.',
  'sourcing.brief.answer': 'Formule retenue : {option}. {summary}',
  'sourcing.brief.h.mission': 'La mission',
  'sourcing.brief.mission.freelance':
    'Le ou la prestataire anime nos espaces en ligne environ {hours} h par semaine : publications, réponses, modération, veille et compte rendu.',
  'sourcing.brief.mission.agency':
    'L’agence anime nos espaces en ligne environ {hours} h par semaine avec une équipe nommée (un·e référent·e et un·e remplaçant·e), et assure la gestion de crise.',
  'sourcing.brief.mission.hybrid':
    'Des expert·es extérieur·es épaulent notre responsable interne : pics d’activité, lancements, événements et crises, avec une astreinte hors heures de bureau. La charge totale est d’environ {hours} h par semaine.',
  'sourcing.brief.mission.apprentice':
    'Un·e expert·e extérieur·e accompagne notre apprenti·e quelques heures par mois : méthode, relecture des publications, retours sur les réponses sensibles et relais en cas de crise. La charge totale est d’environ {hours} h par semaine.',
  'sourcing.brief.mission.in-house':
    'Mission d’appui ponctuelle auprès de notre équipe interne (environ {hours} h par semaine au total).',
  'sourcing.brief.mission.part-time':
    'Mission d’appui ponctuelle auprès de notre équipe interne (environ {hours} h par semaine au total).',
  'sourcing.brief.mission.upskill':
    'Formation courte et accompagnement de la personne qui reprendra l’animation (environ {hours} h par semaine au total).',
  'sourcing.brief.h.objective': 'Objectif',
  'sourcing.brief.role':
    'Rôle de référence : {role}. Voici des objectifs du type attendu, à chiffrer avec nous.',
  'sourcing.brief.objective.visibility':
    'Faire connaître la marque auprès de son public cible, mesuré par la portée et l’engagement.',
  'sourcing.brief.objective.customer-service':
    'Répondre aux questions et réclamations publiques et privées dans les délais convenus.',
  'sourcing.brief.objective.acquisition':
    'Amener de nouveaux clients depuis les réseaux, mesuré par les visites et contacts générés.',
  'sourcing.brief.objective.e-reputation':
    'Surveiller ce qui se dit de la marque et traiter les critiques avant qu’elles ne s’enveniment.',
  'sourcing.brief.objective.internal':
    'Faire vivre la communication interne et les espaces des équipes.',
  'sourcing.brief.h.inScope': 'Dans le périmètre',
  'sourcing.brief.h.outOfScope': 'Hors périmètre',
  'sourcing.brief.h.redLines': 'Lignes rouges, décision et escalade',
  'sourcing.brief.decides': 'Qui décide : {who}',
  'sourcing.brief.decides.default':
    'la marque, par sa direction de la communication ; le ou la prestataire propose, l’entreprise valide.',
  'sourcing.brief.escalation': 'Escalade : {how}',
  'sourcing.brief.escalation.default':
    'tout sujet sensible (juridique, santé, sécurité, presse) remonte sans délai au contact désigné, avant toute réponse publique.',
  'sourcing.brief.redLine.1':
    'Ne jamais répondre sous le coup de l’émotion ni entrer dans une polémique au nom de la marque.',
  'sourcing.brief.redLine.2':
    'Ne jamais divulguer d’information personnelle ou confidentielle, même en message privé.',
  'sourcing.brief.redLine.3': 'Ne pas supprimer une critique qui respecte la charte de modération.',
  'sourcing.brief.h.volumes': 'Volumes attendus',
  'sourcing.brief.volume.hours': 'Charge estimée : {hours} h par semaine',
  'sourcing.brief.volume.networks':
    '{count, plural, one {# réseau social} other {# réseaux sociaux}}',
  'sourcing.brief.volume.spaces':
    '{count, plural, one {# espace communautaire} other {# espaces communautaires}} (forum, groupe, serveur)',
  'sourcing.brief.volume.posts': 'Publications : {count} par semaine',
  'sourcing.brief.volume.conversations': 'Messages et commentaires à traiter : {count} par semaine',
  'sourcing.brief.h.coverage': 'Horaires et délais de réponse',
  'sourcing.brief.coverage': 'Horaires à couvrir : {coverage}.',
  'sourcing.brief.response.office':
    'Première réponse sous 4 heures ouvrées aux questions publiques et privées.',
  'sourcing.brief.response.extended':
    'Première réponse sous 4 heures, soirs et week-ends compris, selon un planning partagé.',
  'sourcing.brief.response.crisis':
    'Première réponse sous 4 heures en temps normal ; en crise, prise en charge sous 1 heure jour et nuit et alerte du contact désigné sous 30 minutes.',
  'sourcing.brief.response.source':
    'Repère : les consommateurs attendent une réponse en 4 heures au plus, quand les marques mettent 10 heures en moyenne (Sprout Social Index, 2016 ; chiffre ancien, aucun plus récent n’est publié).',
  'sourcing.brief.h.reporting': 'Compte rendu et indicateurs',
  'sourcing.brief.reporting':
    'Un point écrit chaque semaine (faits marquants, questions ouvertes) et un rapport mensuel commenté avec ces indicateurs :',
  'sourcing.brief.kpi.1': 'Délai médian de première réponse',
  'sourcing.brief.kpi.2': 'Part des messages et commentaires traités',
  'sourcing.brief.kpi.3': 'Taux d’engagement par réseau',
  'sourcing.brief.kpi.4': 'Évolution de la communauté (abonné·es, membres actifs)',
  'sourcing.brief.h.access': 'Outils et accès',
  'sourcing.brief.access.1':
    'Un accès nominatif par intervenant·e, avec double authentification ; jamais de mot de passe partagé.',
  'sourcing.brief.access.2':
    'L’entreprise reste administratrice de ses comptes et pages ; le ou la prestataire reçoit le rôle le plus réduit qui suffit.',
  'sourcing.brief.access.3':
    'Les outils de programmation, de veille et de rapport sont précisés dans l’offre, avec leur coût et qui en détient la licence.',
  'sourcing.brief.access.4':
    'Liste des accès tenue à jour et retirée le jour de la fin de mission.',
  'sourcing.brief.h.data': 'Confidentialité et données personnelles',
  'sourcing.brief.confidentiality':
    'Un engagement de confidentialité couvre tout ce que le ou la prestataire apprend de l’entreprise, pendant et après la mission.',
  'sourcing.brief.data.processor.fr':
    'La mission traite des données de clients (messages, commentaires, coordonnées) : le ou la prestataire agit comme sous-traitant au sens de l’article 28 du RGPD, et le contrat le dit. Il ou elle s’engage notamment à :',
  'sourcing.brief.data.processor.qc':
    'La mission traite des renseignements personnels de clients : la loi québécoise sur le secteur privé exige une entente écrite qui encadre leur communication au prestataire. Elle prévoit au moins :',
  'sourcing.brief.data.none':
    'Aucune donnée de client n’est prévue ; si la mission en vient à en traiter, un avenant ajoutera les clauses de sous-traitance.',
  'sourcing.brief.gdpr.1':
    'ne traiter les données que sur instruction écrite de l’entreprise et pour cette mission ;',
  'sourcing.brief.gdpr.2': 'soumettre chaque intervenant·e à une obligation de confidentialité ;',
  'sourcing.brief.gdpr.3': 'prendre des mesures de sécurité adaptées (article 32 du RGPD) ;',
  'sourcing.brief.gdpr.4':
    'ne faire appel à un autre sous-traitant qu’avec l’accord écrit de l’entreprise ;',
  'sourcing.brief.gdpr.5':
    'aider l’entreprise à répondre aux demandes des personnes et à gérer une violation de données ;',
  'sourcing.brief.gdpr.6':
    'supprimer ou rendre toutes les données en fin de mission, au choix de l’entreprise ;',
  'sourcing.brief.gdpr.7':
    'fournir les informations nécessaires pour vérifier ces engagements, audits compris.',
  'sourcing.brief.quebec.1': 'les mesures de protection et de confidentialité des renseignements ;',
  'sourcing.brief.quebec.2':
    'leur usage limité à la mission et leur destruction à la fin du contrat ;',
  'sourcing.brief.quebec.3': 'l’avis sans délai de toute atteinte à leur confidentialité.',
  'sourcing.brief.h.ownership': 'Propriété des contenus',
  'sourcing.brief.ownership.1':
    'Les textes, visuels et vidéos créés pour la mission sont cédés à l’entreprise ; le contrat liste chaque droit cédé (reproduction, représentation, adaptation), sa durée et son territoire.',
  'sourcing.brief.ownership.2':
    'Les comptes, pages, abonné·es et historiques appartiennent à l’entreprise.',
  'sourcing.brief.ownership.3':
    'Les images ou musiques de banques tierces sont signalées avec leur licence.',
  'sourcing.brief.h.reversibility': 'Réversibilité en fin de mission',
  'sourcing.brief.reversibility.1':
    'Un préavis et une période de passation (deux à quatre semaines) sont fixés dans le contrat.',
  'sourcing.brief.reversibility.2':
    'Sont remis : calendrier éditorial, réponses types, charte de modération, contacts clés, historique des indicateurs.',
  'sourcing.brief.reversibility.3':
    'Les sources des contenus (fichiers modifiables) sont livrées dans un format ouvert.',
  'sourcing.brief.reversibility.4':
    'Tous les accès du ou de la prestataire sont retirés et la suppression des données est confirmée par écrit.',
  'sourcing.brief.h.budget': 'Budget et calendrier',
  'sourcing.brief.budget':
    'Budget indicatif : {budget} par mois, sur {months} mois ; démarrage souhaité sous {weeks} semaines.',
  'sourcing.brief.h.grid': 'Grille de comparaison des offres',
  'sourcing.brief.grid.provider': 'Prestataire',
  'sourcing.brief.grid.monthly': 'Forfait mensuel',
  'sourcing.brief.grid.setup': 'Frais de démarrage',
  'sourcing.brief.grid.extras': 'Heures en plus',
  'sourcing.brief.grid.commitment': 'Engagement (mois)',
  'sourcing.brief.grid.normalised': 'Coût par mois sur {months} mois',
  'sourcing.brief.grid.budget': 'Dans le budget',
  'sourcing.brief.grid.coverage': 'Horaires et délais tenus',
  'sourcing.brief.grid.notes': 'Remarques',
  'sourcing.brief.grid.note':
    'Chaque offre est ramenée à un coût mensuel sur {months} mois : frais de démarrage + forfait × la plus longue durée entre l’horizon et l’engagement + heures en plus prévues, le tout divisé par {months}.',
} as const;
