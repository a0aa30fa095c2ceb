/** Interface strings of the "my items on this device" page, in French. */
export const myItems = {
  'myItems.title': 'Mes éléments sur cet appareil',
  'myItems.description':
    'Les fiches de poste, auto-évaluations et réponses de l’aide au choix enregistrées depuis ce navigateur.',
  'myItems.lead':
    'Ce que vous avez enregistré depuis ce navigateur, pour retrouver un lien perdu. Cette liste reste dans ce navigateur\u00a0: elle n’est jamais envoyée au serveur.',
  'myItems.empty': 'Rien n’a encore été enregistré depuis ce navigateur.',
  'myItems.noscript':
    'Cette liste est lue dans la mémoire de votre navigateur\u00a0: activez JavaScript pour l’afficher.',
  'myItems.kind.job-description': 'Fiches de poste',
  'myItems.kind.assessment': 'Auto-évaluations',
  'myItems.kind.sourcing': 'Aide au choix\u00a0: embaucher, former ou externaliser',
  'myItems.kind.campaign': 'Campagnes de recrutement',
  'myItems.kind.campaign-share': 'Résultats partagés avec un recruteur',
  'myItems.open': 'Ouvrir',
  'myItems.remove': 'Retirer de la liste',
  'myItems.removeLabel': 'Retirer de la liste\u00a0: «\u00a0{title}\u00a0»',
  'myItems.removeHint':
    'Retirer un élément de cette liste ne l’efface pas du serveur\u00a0: ouvrez-le pour le supprimer.',
  'myItems.removed': '«\u00a0{title}\u00a0» a été retiré de la liste.',
  'myItems.savedOn': 'Enregistré le {date}',
  'myItems.footer': 'Mes éléments',
} as const;
