/** Interface strings of the hiring campaign's candidate screens, in French. */
export const campaignCandidate = {
  'campaignCandidate.invitation.title': 'Invitation à une auto-évaluation',
  'campaignCandidate.invitation.description':
    "Une invitation privée d'un recruteur à faire l'auto-évaluation de Trait d'union.",
  'campaignCandidate.invitation.lead':
    "Un recruteur vous invite à faire l'auto-évaluation de Trait d'union pour l'un de ses postes. Lisez ce qu'il demande et pourquoi ; vous déciderez de partager votre résultat après l'avoir vu.",
  'campaignCandidate.invitation.heading': '{organisation} vous invite : {job}',
  'campaignCandidate.invitation.noscript':
    "Cette page lit l'invitation dans la fin de son adresse, que seul votre navigateur connaît : activez JavaScript pour l'afficher.",
  'campaignCandidate.invitation.loading': "Chargement de l'invitation…",
  'campaignCandidate.invitation.missingToken':
    'Ce lien est incomplet : il manque la partie qui suit le signe #. Ouvrez le lien exact que le recruteur vous a envoyé.',
  'campaignCandidate.invitation.notFound':
    "Cette invitation n'existe pas ou n'est plus valable : le recruteur a pu la remplacer ou clore sa campagne. Demandez-lui un nouveau lien.",
  'campaignCandidate.invitation.error':
    "L'invitation n'a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.",
  'campaignCandidate.invitation.closed':
    'Ce recrutement est clos : vous pouvez faire l’auto-évaluation pour vous-même, mais plus la partager avec ce recruteur.',

  'campaignCandidate.notice.who.title': 'Qui vous le demande, et pourquoi',
  'campaignCandidate.notice.who.body':
    "{organisation} recrute pour le poste « {job} ». Avec votre accord, votre résultat l'aide à préparer un entretien structuré : les mêmes questions pour chaque personne, tirées des compétences de ce poste (savoir-être et savoir-agir d'abord). Trait d'union héberge l'évaluation ; {organisation} seul décide du recrutement.",
  'campaignCandidate.notice.who.until': "Vous pouvez partager votre résultat jusqu'au {date}.",
  'campaignCandidate.notice.first.title': "Votre résultat d'abord, le partage ensuite",
  'campaignCandidate.notice.first.body':
    "Vous voyez votre résultat avant toute décision. Rien n'est envoyé à {organisation} tant que vous n'avez pas coché la case de partage et validé : jusque-là, vos réponses restent dans ce navigateur.",
  'campaignCandidate.notice.kept.title': 'Ce qui est conservé si vous partagez',
  'campaignCandidate.notice.kept.levels':
    'Votre niveau par compétence et par outil, calculé par le serveur à partir de vos réponses. Vos réponses elles-mêmes ne sont pas conservées.',
  'campaignCandidate.notice.kept.cautions':
    "Les points de vigilance sur vos réponses (par exemple des réponses très rapides), que l'entretien permet de vérifier.",
  'campaignCandidate.notice.kept.confidence': "L'indice de confiance de votre résultat.",
  'campaignCandidate.notice.kept.name':
    "Votre nom, seulement si vous le donnez. Le recruteur voit d'abord un libellé anonyme (« Candidat·e A ») ; il n'affiche les noms que par une action enregistrée.",
  'campaignCandidate.notice.kept.email': 'Votre adresse e-mail, seulement si vous la donnez.',
  'campaignCandidate.notice.kept.consents':
    'La date de vos accords et la version du texte que vous avez accepté.',
  'campaignCandidate.notice.retention.title': 'Pendant combien de temps',
  'campaignCandidate.notice.retention.notHired':
    'Si vous n’êtes pas retenu·e : {months, plural, one {# mois} other {# mois}} {from}',
  'campaignCandidate.notice.retention.talentPool':
    'Vivier de candidatures, seulement si vous cochez la case à part : {months, plural, one {# mois} other {# mois}} {from}',
  'campaignCandidate.notice.retention.source':
    'Durées choisies par le recruteur dans les limites fixées par : {source} ({year}).',
  'campaignCandidate.notice.rights.title': 'Vos droits',
  'campaignCandidate.notice.rights.access':
    'Accès : votre lien privé montre à tout moment ce qui est partagé.',
  'campaignCandidate.notice.rights.rectification':
    'Rectification : pour corriger votre nom ou votre adresse, retirez votre partage et partagez de nouveau, ou écrivez à {organisation}.',
  'campaignCandidate.notice.rights.erasure':
    "Effacement : « Retirer mon partage » supprime à l'instant votre résultat, votre nom et votre adresse.",
  'campaignCandidate.notice.rights.withdraw':
    "Retrait de votre accord : à tout moment, sans justification ; l'accord au vivier se retire à part.",
  'campaignCandidate.notice.rights.objection':
    'Opposition : vous pouvez refuser le vivier, ou en sortir depuis votre lien privé, sans conséquence sur ce recrutement.',
  'campaignCandidate.notice.rights.complaint':
    'Réclamation : vous pouvez saisir la CNIL (cnil.fr).',
  'campaignCandidate.notice.rights.source':
    'Guide du recrutement de la CNIL (2023) ; RGPD, art. 13 (information) et art. 17 (effacement).',

  'campaignCandidate.wizard.privacy':
    "Vos réponses restent dans votre navigateur. Rien n'est envoyé à {organisation}, ni enregistré, sauf si, après avoir vu votre résultat, vous cochez la case de partage et validez.",

  'campaignCandidate.result.fit.title': 'Votre adéquation à ce poste',
  'campaignCandidate.result.fit.value':
    '{fit} sur 100, avec les exigences et les pondérations de ce poste',
  'campaignCandidate.result.fit.caption': 'Votre niveau face au niveau requis par ce poste',
  'campaignCandidate.result.fit.competency': 'Compétence',
  'campaignCandidate.result.fit.required': 'Niveau requis',
  'campaignCandidate.result.fit.yours': 'Votre niveau',
  'campaignCandidate.result.fit.met': 'atteint',
  'campaignCandidate.result.fit.short':
    '{n, plural, one {# niveau en dessous} other {# niveaux en dessous}}',
  'campaignCandidate.result.fit.unmeasured': 'non mesuré',
  'campaignCandidate.result.fit.hint':
    "Le recruteur voit ce même tableau si vous partagez. Un écart n'est pas un refus : l'entretien le vérifie avec vous.",

  'campaignCandidate.share.title': 'Partager votre résultat avec {organisation} ?',
  'campaignCandidate.share.lead':
    "C'est votre choix. Si vous ne cochez rien, rien n'est partagé : vous pouvez simplement fermer cette page.",
  'campaignCandidate.share.consent.label':
    "J'accepte de partager mon résultat à cette auto-évaluation avec {organisation}, pour le recrutement au poste « {job} ». Je sais que je peux retirer ce partage à tout moment depuis mon lien privé.",
  'campaignCandidate.share.talentPool.label':
    "Facultatif : j'accepte aussi que {organisation} me garde dans son vivier de candidatures après ce recrutement, pour me proposer d'autres postes, au plus {months, plural, one {# mois} other {# mois}} après mon dernier contact.",
  'campaignCandidate.share.version': 'Texte de l’accord, version {version}.',
  'campaignCandidate.share.identity.legend': 'Vous présenter (facultatif)',
  'campaignCandidate.share.name.label': 'Nom ou pseudonyme',
  'campaignCandidate.share.name.hint':
    'Laissez vide pour rester anonyme : le recruteur vous verra comme « Candidat·e A, B… ».',
  'campaignCandidate.share.email.label': 'Adresse e-mail',
  'campaignCandidate.share.email.hint': 'Pour que le recruteur puisse vous recontacter.',
  'campaignCandidate.share.submit': 'Partager mon résultat',
  'campaignCandidate.share.sending': 'Envoi en cours…',
  'campaignCandidate.share.errorsTitle': 'Le partage n’a pas été envoyé :',
  'campaignCandidate.share.error.consent':
    "Cochez la case d'accord pour partager (ou ne partagez pas).",
  'campaignCandidate.share.error.name': 'Le nom fait au plus 120 caractères.',
  'campaignCandidate.share.error.email':
    'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr, ou laissez le champ vide.',
  'campaignCandidate.share.error.network':
    "Le partage n'a pas abouti. Vérifiez votre connexion et réessayez.",
  'campaignCandidate.share.error.gone':
    "Cette invitation n'est plus valable : rien n'a été partagé.",
  'campaignCandidate.share.error.outdated':
    'Le questionnaire a changé depuis vos réponses : modifiez-les pour répondre aux nouvelles questions, puis partagez.',

  'campaignCandidate.done.title': 'Résultat partagé avec {organisation}',
  'campaignCandidate.done.body':
    'Gardez ce lien privé : il montre ce que vous avez partagé et permet de le retirer. Qui le détient peut retirer votre partage ; ne le transmettez pas. Il est aussi noté dans « Mes éléments sur cet appareil ».',
  'campaignCandidate.done.link': 'Votre lien privé',
  'campaignCandidate.done.copy': 'Copier le lien',
  'campaignCandidate.done.copied': 'Lien copié.',
  'campaignCandidate.done.copyFailed': 'La copie a échoué : sélectionnez le lien et copiez-le.',
  'campaignCandidate.done.open': 'Ouvrir ma page privée',
  'campaignCandidate.done.myItems': 'Mes éléments sur cet appareil',
  'campaignCandidate.remember.title': 'Partage avec {organisation} : {job}',

  'campaignCandidate.private.title': 'Votre partage avec un recruteur',
  'campaignCandidate.private.lead':
    'Ce que vous avez partagé, votre résultat, et vos choix : retirer le partage, entrer dans le vivier ou en sortir.',
  'campaignCandidate.private.noscript':
    "Cette page lit votre clé privée dans la fin de son adresse, que seul votre navigateur connaît : activez JavaScript pour l'afficher.",
  'campaignCandidate.private.loading': 'Chargement de votre partage…',
  'campaignCandidate.private.missingToken':
    'Ce lien est incomplet : il manque la partie qui suit le signe #. Ouvrez le lien exact reçu après votre partage.',
  'campaignCandidate.private.notFound':
    "Ce partage n'existe pas, ou plus : il a pu être retiré, ou supprimé à la fin de sa durée de conservation.",
  'campaignCandidate.private.error':
    "Votre partage n'a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.",
  'campaignCandidate.private.shared.title': 'Ce qui est partagé',
  'campaignCandidate.private.shared.organisation': 'Recruteur',
  'campaignCandidate.private.shared.job': 'Poste',
  'campaignCandidate.private.shared.sharedAt': 'Partagé le',
  'campaignCandidate.private.shared.name': 'Nom',
  'campaignCandidate.private.shared.email': 'Adresse e-mail',
  'campaignCandidate.private.shared.none': 'non donné',
  'campaignCandidate.private.shared.anonymous':
    'Le recruteur vous voit sous un libellé anonyme ; votre nom ne lui est montré que par une action enregistrée.',
  'campaignCandidate.private.shared.consent': 'Accord au partage',
  'campaignCandidate.private.shared.consentValue': 'donné le {date} (texte version {version})',
  'campaignCandidate.private.shared.retention': 'Conservation',
  'campaignCandidate.private.shared.deletion': 'Suppression prévue le {date}.',
  'campaignCandidate.private.result.title': 'Votre résultat partagé',
  'campaignCandidate.private.result.confidence': 'Confiance dans le résultat : {level}',
  'campaignCandidate.private.result.confidence.high': 'élevée',
  'campaignCandidate.private.result.confidence.medium': 'moyenne',
  'campaignCandidate.private.result.confidence.low': 'faible',
  'campaignCandidate.private.result.cautions':
    "Points de vigilance que l'entretien vérifiera : {list}",
  'campaignCandidate.private.result.noCautions': 'Aucun point de vigilance sur vos réponses.',
  'campaignCandidate.private.result.hint':
    "C'est ce que voit le recruteur. Un écart n'est pas un refus : l'entretien le vérifie avec vous.",
  'campaignCandidate.private.talentPool.title': 'Vivier de candidatures',
  'campaignCandidate.private.talentPool.on':
    'Vous avez accepté que {organisation} vous garde dans son vivier (depuis le {date}).',
  'campaignCandidate.private.talentPool.off':
    "Vous n'êtes pas dans le vivier de {organisation} : vos données suivent la durée du recrutement.",
  'campaignCandidate.private.talentPool.join': 'Accepter le vivier',
  'campaignCandidate.private.talentPool.leave': 'Retirer mon accord au vivier',
  'campaignCandidate.private.talentPool.joined': 'Accord au vivier enregistré.',
  'campaignCandidate.private.talentPool.left': 'Accord au vivier retiré.',
  'campaignCandidate.private.talentPool.error':
    "Votre choix n'a pas été enregistré. Vérifiez votre connexion et réessayez.",
  'campaignCandidate.private.withdraw.title': 'Retirer mon partage',
  'campaignCandidate.private.withdraw.body':
    "Votre résultat, votre nom et votre adresse sont supprimés à l'instant : {organisation} ne les voit plus, ni dans sa liste ni dans ses guides d'entretien.",
  'campaignCandidate.private.withdraw.button': 'Retirer mon partage',
  'campaignCandidate.private.withdraw.warning':
    'Retirer définitivement votre partage ? Il ne pourra pas être rétabli ; vous pourrez refaire l’évaluation depuis l’invitation si elle est encore valable.',
  'campaignCandidate.private.withdraw.confirm': 'Oui, retirer mon partage',
  'campaignCandidate.private.withdraw.cancel': 'Annuler',
  'campaignCandidate.private.withdraw.error':
    "Le retrait n'a pas abouti. Vérifiez votre connexion et réessayez.",
  'campaignCandidate.private.withdrawn':
    'Votre partage est retiré : votre résultat, votre nom et votre adresse ont été supprimés, et {organisation} ne les voit plus. Ce lien ne mène plus à rien.',
  'campaignCandidate.private.home': "Revenir à l'accueil",
} as const;
