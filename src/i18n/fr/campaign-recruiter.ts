/** Interface strings of the hiring campaign's recruiter screens, in French. */
export const campaignRecruiter = {
  // The link on the saved job description's page.
  'campaignRecruiter.fromJob.link': 'Lancer une campagne de recrutement',

  // Shared by the three screens.
  'campaignRecruiter.noscript':
    'Cette page a besoin de JavaScript : le lien privé reste dans votre navigateur et n’est jamais envoyé au serveur.',
  'campaignRecruiter.loading': 'Chargement…',
  'campaignRecruiter.missingToken':
    'Ce lien est incomplet : il lui manque sa partie privée (après le #). Rouvrez le lien complet que vous avez reçu.',
  'campaignRecruiter.notFound':
    'Cette campagne est introuvable : le lien est incomplet, a été remplacé, ou la campagne a été supprimée.',
  'campaignRecruiter.error': 'Le serveur n’a pas répondu. Réessayez dans un instant.',
  'campaignRecruiter.retry': 'Réessayer',
  'campaignRecruiter.copy': 'Copier',
  'campaignRecruiter.copyLabel': 'Copier : {what}',
  'campaignRecruiter.copied': 'Lien copié.',
  'campaignRecruiter.copyFailed':
    'La copie a échoué : sélectionnez le lien et copiez-le à la main.',
  'campaignRecruiter.level': '{level} sur 4',
  'campaignRecruiter.notMeasured': 'non mesuré',
  'campaignRecruiter.kind.soft': 'Savoir-être et savoir-agir',
  'campaignRecruiter.kind.knowHow': 'Savoir-faire',
  'campaignRecruiter.kind.tool': 'Outil',
  'campaignRecruiter.weight.mandatory': 'obligatoire',
  'campaignRecruiter.weight.relative': 'relatif',
  'campaignRecruiter.cancel': 'Annuler',

  // Create a campaign.
  'campaignRecruiter.new.title': 'Lancer une campagne de recrutement',
  'campaignRecruiter.new.lead':
    'La campagne reprend les compétences de votre fiche de poste : les candidat·es passent l’auto-évaluation, voient leur résultat, puis choisissent de vous le transmettre. Vous les comparez à ce poste, menez des entretiens structurés et décidez.',
  'campaignRecruiter.new.jobMissing':
    'Ouvrez cette page depuis votre fiche de poste enregistrée (bouton « Lancer une campagne de recrutement »).',
  'campaignRecruiter.new.jobNotFound': 'Cette fiche de poste est introuvable ou a été supprimée.',
  'campaignRecruiter.new.tokenMissing':
    'Le lien privé de la fiche n’est pas dans cette adresse : seule la personne qui a enregistré la fiche peut lancer une campagne. Ouvrez la fiche avec son lien privé, puis cliquez sur « Lancer une campagne de recrutement ».',
  'campaignRecruiter.new.job': 'Poste : {title}',
  'campaignRecruiter.new.model.title': 'Les compétences évaluées',
  'campaignRecruiter.new.model.lead':
    'Savoir-être et savoir-agir en situation d’abord (critères obligatoires), savoir-faire ensuite (critères relatifs). Pour les changer, modifiez la fiche de poste avant de lancer la campagne.',
  'campaignRecruiter.new.model.caption': 'Modèle de compétences de la campagne',
  'campaignRecruiter.new.model.competency': 'Compétence',
  'campaignRecruiter.new.model.kind': 'Nature',
  'campaignRecruiter.new.model.required': 'Niveau requis',
  'campaignRecruiter.new.model.weight': 'Poids',
  'campaignRecruiter.new.model.tools':
    'Outils demandés (mesurés par l’auto-évaluation, hors entretien) : {tools}',
  'campaignRecruiter.new.organisation': 'Organisation qui recrute',
  'campaignRecruiter.new.organisationHint':
    'Les candidat·es voient ce nom dans l’invitation : c’est à vous qu’elles et ils transmettent leur résultat.',
  'campaignRecruiter.new.organisationRequired': 'Indiquez le nom de l’organisation qui recrute.',
  'campaignRecruiter.new.monthsRange': 'Un nombre entier de mois, de 1 à {max}.',
  'campaignRecruiter.end.label': 'Dernier jour de la campagne',
  'campaignRecruiter.end.hint':
    'Par défaut {default} mois après aujourd’hui, au plus {max} mois. Après ce jour, l’invitation ne fonctionne plus et les personnes sans décision comptent comme non retenues.',
  'campaignRecruiter.end.range': 'Une date entre le {min} et le {max}.',
  'campaignRecruiter.end.open':
    'Campagne ouverte jusqu’au {date} inclus : l’invitation fonctionne.',
  'campaignRecruiter.end.ended':
    'Campagne terminée le {date} : personne ne peut plus partager de résultat.',
  'campaignRecruiter.end.deletion':
    'Sans nouvelle décision, la campagne entière sera supprimée le {date}.',
  'campaignRecruiter.end.save': 'Changer le dernier jour',
  'campaignRecruiter.end.saved': 'Dernier jour enregistré.',
  'campaignRecruiter.new.retention.title': 'Durée de conservation',
  'campaignRecruiter.new.retention.lead':
    'Le guide du recrutement de la CNIL (2023) fixe un plafond ; vous pouvez choisir moins. Les données sont supprimées automatiquement au terme de la durée.',
  'campaignRecruiter.new.notHired': 'Candidat·es non retenu·es (mois)',
  'campaignRecruiter.new.talentPool': 'Vivier, avec l’accord de la personne (mois)',
  'campaignRecruiter.new.bounds':
    'Par défaut {default} mois, au plus {max} mois, {from} Source : {source}, {year}.',
  'campaignRecruiter.new.submit': 'Créer la campagne',
  'campaignRecruiter.new.creating': 'Création…',
  'campaignRecruiter.new.errorSummary':
    '{count, plural, one {# champ à corriger} other {# champs à corriger}} :',
  'campaignRecruiter.new.failed': 'La campagne n’a pas pu être créée. Réessayez.',
  'campaignRecruiter.new.forbidden':
    'Le serveur ne reconnaît pas le lien privé de cette fiche : rouvrez la fiche avec son lien privé.',
  'campaignRecruiter.new.created.title': 'Campagne créée',
  'campaignRecruiter.new.created.lead':
    'Gardez ces deux liens : ils ne seront plus affichés. Ils sont aussi enregistrés dans « Mes éléments » sur cet appareil.',
  'campaignRecruiter.new.recruiterLink': 'Votre lien privé de recruteur',
  'campaignRecruiter.new.recruiterLinkHint':
    'Il donne accès aux résultats transmis : ne le partagez qu’avec les personnes qui décident.',
  'campaignRecruiter.new.invitationLink': 'Lien d’invitation des candidat·es',
  'campaignRecruiter.new.invitationLinkHint':
    'À envoyer aux candidat·es ou à mettre dans votre annonce. Vous pourrez le remplacer à tout moment.',
  'campaignRecruiter.new.open': 'Ouvrir la campagne',
  'campaignRecruiter.myItems.title': 'Campagne : {title} ({organisation})',

  // The recruiter's view.
  'campaignRecruiter.view.title': 'Campagne de recrutement',
  'campaignRecruiter.view.heading': '{title}',
  'campaignRecruiter.view.meta': '{organisation} · créée le {date}',
  'campaignRecruiter.view.private':
    'Page privée : gardez ce lien pour vous. Les noms restent masqués tant que vous ne les affichez pas.',
  'campaignRecruiter.guide.campaign': 'Guide d’entretien de la campagne',
  'campaignRecruiter.guide.candidate': 'Guide d’entretien : {label}',

  'campaignRecruiter.candidates.title': 'Candidat·es',
  'campaignRecruiter.candidates.count':
    '{total, plural, =0 {Personne n’a encore transmis son résultat.} one {# personne a transmis son résultat.} other {# personnes ont transmis leur résultat.}}',
  'campaignRecruiter.candidates.shown':
    '{shown, plural, =0 {Aucune ne correspond au filtre.} one {# affichée.} other {# affichées.}}',
  'campaignRecruiter.candidates.empty':
    'Envoyez le lien d’invitation : les résultats transmis apparaîtront ici.',
  'campaignRecruiter.sort': 'Trier par',
  'campaignRecruiter.sort.fit': 'adéquation au poste',
  'campaignRecruiter.sort.label': 'ordre d’arrivée',
  'campaignRecruiter.sort.decision': 'décision',
  'campaignRecruiter.filter': 'Afficher',
  'campaignRecruiter.filter.all': 'tout le monde',
  'campaignRecruiter.filter.undecided': 'sans décision',
  'campaignRecruiter.filter.gaps': 'avec des écarts',
  'campaignRecruiter.filter.hired': 'embauché·es',
  'campaignRecruiter.filter.rejected': 'non retenu·es',
  'campaignRecruiter.filter.talentPool': 'dans le vivier',
  'campaignRecruiter.fit': 'Adéquation à ce poste : {fit} sur 100',
  'campaignRecruiter.fitShort': 'Adéquation',
  'campaignRecruiter.unmeasured': 'Non mesuré (hors calcul) : {skills}',
  'campaignRecruiter.confidence': 'Fiabilité des réponses : {level}',
  'campaignRecruiter.confidenceShort': 'Fiabilité des réponses',
  'campaignRecruiter.confidence.high': 'bonne',
  'campaignRecruiter.confidence.medium': 'moyenne',
  'campaignRecruiter.confidence.low': 'faible',
  'campaignRecruiter.levels.caption': 'Niveau de {label} par compétence, comparé au niveau requis',
  'campaignRecruiter.levels.competency': 'Compétence',
  'campaignRecruiter.levels.required': 'Requis',
  'campaignRecruiter.levels.levelOfRequired': 'Niveau / requis',
  'campaignRecruiter.levels.cell': '{level} pour {required} requis',
  'campaignRecruiter.levels.notMeasuredOf': 'non mesuré / {required}',
  'campaignRecruiter.levels.status': 'Écart',
  'campaignRecruiter.levels.meets': 'atteint',
  'campaignRecruiter.levels.short': '{n, plural, one {manque # niveau} other {manque # niveaux}}',
  'campaignRecruiter.gaps': 'Écarts',
  'campaignRecruiter.gaps.none': 'Aucun écart au niveau requis.',
  'campaignRecruiter.gaps.item':
    '{label} : {level} pour {required} requis ({weight}, −{cost} points)',
  'campaignRecruiter.gaps.mandatory': 'Écart sur un critère obligatoire',
  'campaignRecruiter.flags': 'Points de vigilance',
  'campaignRecruiter.flags.none': 'Aucun point de vigilance sur les réponses.',
  'campaignRecruiter.flags.about': 'à propos de : {skills}',
  'campaignRecruiter.scorecards': 'Grilles d’entretien',
  'campaignRecruiter.scorecards.none': 'Aucune grille envoyée pour l’instant.',
  'campaignRecruiter.scorecards.caption': 'Notes d’entretien de {label} par compétence',
  'campaignRecruiter.scorecards.ratings': 'Notes',
  'campaignRecruiter.scorecards.mean': 'Moyenne',
  'campaignRecruiter.scorecards.spread': 'Écart entre notes',
  'campaignRecruiter.scorecards.disagree': '(désaccord à discuter)',
  'campaignRecruiter.scorecards.recommendations': 'Avis d’ensemble : {list}',
  'campaignRecruiter.disagreements': 'Désaccords à discuter',
  'campaignRecruiter.disagreements.item': '{label} (notes {ratings}) : {reasons}',
  'campaignRecruiter.decision.none': 'Pas encore de décision',
  'campaignRecruiter.decision.current': 'Décision : {outcome}',
  'campaignRecruiter.decision.legend': 'Décision pour {label}',
  'campaignRecruiter.decision.save': 'Enregistrer la décision',
  'campaignRecruiter.decision.saved': 'Décision enregistrée pour {label}.',
  'campaignRecruiter.decision.failed': 'La décision n’a pas pu être enregistrée.',
  'campaignRecruiter.decision.choose': 'Choisissez une décision.',
  'campaignRecruiter.decision.noConsent':
    'Vivier impossible : cette personne n’a pas accepté d’y figurer.',
  'campaignRecruiter.decision.deletion': 'Données supprimées le {date}.',
  'campaignRecruiter.name': 'Nom : {name}',
  'campaignRecruiter.email': 'Courriel : {email}',
  'campaignRecruiter.noName': 'Cette personne n’a pas donné de nom.',

  'campaignRecruiter.compare.select': 'Comparer {label}',
  'campaignRecruiter.compare.button': 'Comparer la sélection',
  'campaignRecruiter.compare.hint':
    'Cochez de 2 à 4 candidat·es à comparer côte à côte (★ : seul·e au meilleur niveau).',
  'campaignRecruiter.compare.selected':
    '{n, plural, =0 {Aucune sélection.} one {# sélectionné·e.} other {# sélectionné·es.}}',
  'campaignRecruiter.compare.tooMany': 'Au plus 4 candidat·es à la fois.',
  'campaignRecruiter.compare.title': 'Comparaison',
  'campaignRecruiter.compare.caption':
    'Niveaux des candidat·es sélectionné·es, compétence par compétence',
  'campaignRecruiter.compare.best': '(meilleur niveau)',
  'campaignRecruiter.compare.below': '(sous le niveau requis)',
  'campaignRecruiter.compare.close': 'Fermer la comparaison',
  'campaignRecruiter.compare.failed': 'La comparaison n’a pas pu être chargée.',

  'campaignRecruiter.reveal.button': 'Afficher les noms',
  'campaignRecruiter.reveal.warning':
    'Les noms et courriels de toutes les personnes affichées seront montrés. Cette action est enregistrée dans le journal de la campagne (date et heure) et ne peut pas être annulée. Regardez les résultats avant les noms pour limiter les biais.',
  'campaignRecruiter.reveal.confirm': 'Oui, afficher les noms',
  'campaignRecruiter.reveal.done': 'Noms affichés. L’action est enregistrée dans le journal.',
  'campaignRecruiter.reveal.failed': 'Les noms n’ont pas pu être affichés.',
  'campaignRecruiter.reveal.log': 'Journal : noms affichés',
  'campaignRecruiter.reveal.logEntry':
    '{date} : {n, plural, one {# candidat·e} other {# candidat·es}}',
  'campaignRecruiter.reveal.allRevealed':
    'Les noms de toutes les personnes affichées sont visibles.',

  'campaignRecruiter.interviewers.title':
    'Recruteurs et recruteuses qui font passer les entretiens',
  'campaignRecruiter.interviewers.lead':
    'Chaque personne reçoit son propre lien : elle note chaque candidat·e sans voir les notes des autres avant d’avoir envoyé les siennes.',
  'campaignRecruiter.interviewers.none': 'Aucune personne ajoutée.',
  'campaignRecruiter.interviewers.submitted':
    '{n, plural, =0 {aucune grille envoyée} one {# grille envoyée} other {# grilles envoyées}}',
  'campaignRecruiter.interviewers.label': 'Nom ou rôle',
  'campaignRecruiter.interviewers.labelHint': 'Par exemple « Responsable marketing ».',
  'campaignRecruiter.interviewers.labelRequired':
    'Indiquez un nom ou un rôle (80 caractères au plus).',
  'campaignRecruiter.interviewers.add': 'Ajouter',
  'campaignRecruiter.interviewers.added':
    'Lien de {label} (à transmettre à cette personne ; il ne sera plus affiché)',
  'campaignRecruiter.interviewers.remove': 'Retirer {label}',
  'campaignRecruiter.interviewers.removeWarning':
    'Retirer {label} ? Son lien cessera de fonctionner et ses grilles seront supprimées.',
  'campaignRecruiter.interviewers.removeConfirm': 'Oui, retirer',
  'campaignRecruiter.interviewers.removed': '{label} a été retiré·e.',
  'campaignRecruiter.interviewers.failed': 'L’opération a échoué. Réessayez.',

  'campaignRecruiter.invitation.title': 'Invitation des candidat·es',
  'campaignRecruiter.invitation.lead':
    'Le lien d’invitation n’est affiché qu’une fois. Si vous l’avez perdu, ou s’il a circulé trop largement, remplacez-le : l’ancien ne fonctionnera plus.',
  'campaignRecruiter.invitation.since': 'Lien actuel créé le {date}.',
  'campaignRecruiter.invitation.closed': 'Fermée : la campagne est close.',
  'campaignRecruiter.invitation.replace': 'Remplacer le lien d’invitation',
  'campaignRecruiter.invitation.replaceWarning':
    'L’ancien lien cessera de fonctionner tout de suite. Les personnes qui ont déjà transmis leur résultat ne sont pas touchées.',
  'campaignRecruiter.invitation.replaceConfirm': 'Oui, remplacer',
  'campaignRecruiter.invitation.new': 'Nouveau lien d’invitation',
  'campaignRecruiter.invitation.failed': 'Le lien n’a pas pu être remplacé.',

  'campaignRecruiter.settings.title': 'Conservation et clôture',
  'campaignRecruiter.settings.save': 'Enregistrer les durées',
  'campaignRecruiter.settings.saved': 'Durées enregistrées.',
  'campaignRecruiter.settings.failed': 'Les durées n’ont pas pu être enregistrées.',
  'campaignRecruiter.settings.close': 'Clore la campagne',
  'campaignRecruiter.settings.closeWarning':
    'Une fois la campagne close, l’invitation ne fonctionne plus et les personnes sans décision comptent comme non retenues pour la durée de conservation.',
  'campaignRecruiter.settings.closeConfirm': 'Oui, clore',
  'campaignRecruiter.settings.reopen': 'Rouvrir la campagne',
  'campaignRecruiter.settings.delete': 'Supprimer la campagne',
  'campaignRecruiter.settings.deleteWarning':
    'Tout sera supprimé tout de suite et définitivement : résultats transmis, noms, grilles d’entretien, liens. Les candidat·es gardent leur propre résultat.',
  'campaignRecruiter.settings.deleteConfirm': 'Oui, supprimer la campagne',
  'campaignRecruiter.settings.deleted': 'Campagne supprimée. Ce lien ne mène plus à rien.',

  // The interviewer's page.
  'campaignRecruiter.interviewer.title': 'Entretiens : vos grilles',
  'campaignRecruiter.interviewer.heading': '{title} · {organisation}',
  'campaignRecruiter.interviewer.lead':
    'Bonjour {label}. Pour chaque candidat·e, notez chaque compétence d’après ce que la personne a dit ou fait en entretien. Vous verrez les notes des autres une fois votre grille envoyée.',
  'campaignRecruiter.interviewer.none': 'Personne n’a encore transmis son résultat.',
  'campaignRecruiter.interviewer.status.draft': 'Brouillon',
  'campaignRecruiter.interviewer.status.submitted': 'Envoyée le {date}',
  'campaignRecruiter.interviewer.status.empty': 'À remplir',
  'campaignRecruiter.interviewer.scorecard': 'Votre grille : {label}',
  'campaignRecruiter.interviewer.rating': 'Note de « {label} » (niveau requis : {required} sur 4)',
  'campaignRecruiter.interviewer.ratingOption': '{rating} : {descriptor}',
  'campaignRecruiter.interviewer.requiredMark': '(niveau requis)',
  'campaignRecruiter.interviewer.evidence': 'Faits observés pour « {label} »',
  'campaignRecruiter.interviewer.recommendation': 'Avis d’ensemble',
  'campaignRecruiter.interviewer.saveDraft': 'Enregistrer le brouillon',
  'campaignRecruiter.interviewer.draftSaved': 'Brouillon enregistré.',
  'campaignRecruiter.interviewer.submit': 'Envoyer la grille',
  'campaignRecruiter.interviewer.submitWarning':
    'Une grille envoyée est définitive : vous ne pourrez plus la modifier. Vous verrez ensuite les notes des autres.',
  'campaignRecruiter.interviewer.submitConfirm': 'Oui, envoyer',
  'campaignRecruiter.interviewer.submitted': 'Grille envoyée. Elle ne peut plus être modifiée.',
  'campaignRecruiter.interviewer.failed': 'La grille n’a pas pu être enregistrée.',
  'campaignRecruiter.interviewer.missingRating': 'Choisissez une note pour cette compétence.',
  'campaignRecruiter.interviewer.missingRecommendation': 'Donnez un avis d’ensemble.',
  'campaignRecruiter.interviewer.errorSummary':
    '{count, plural, one {Il manque # réponse} other {Il manque # réponses}} avant l’envoi :',
  'campaignRecruiter.interviewer.ownItem': '{label} : {rating} sur 4',
  'campaignRecruiter.interviewer.ownRecommendation': 'Votre avis d’ensemble : {recommendation}',
  'campaignRecruiter.interviewer.others': 'Notes des autres',
  'campaignRecruiter.interviewer.othersNone': 'Personne d’autre n’a encore envoyé sa grille.',
  'campaignRecruiter.interviewer.othersCaption': 'Notes des autres pour {label}',
} as const;
