/** Interface strings shared by every page (layout, navigation, home, privacy, method), in French. */
export const common = {
  'site.name': 'Trait d’union',
  'site.tagline': 'Recruter un·e gestionnaire de communauté en ligne, avec méthode',
  'site.description':
    'Boîte à outils pour recruter un·e gestionnaire de communauté en ligne (community manager) : fiches de rôle, fiche de poste vérifiée, auto-évaluation des compétences et aide au choix entre embauche, formation, freelance et agence.',
  'a11y.skip': 'Aller au contenu',
  'nav.label': 'Navigation principale',
  'nav.home': 'Accueil',
  'nav.roles': 'Rôles',
  'nav.skills': 'Compétences',
  'nav.jobDescription': 'Fiche de poste',
  'nav.assessment': 'Auto-évaluation',
  'nav.sourcing': 'Embaucher ou externaliser',
  'nav.menu': 'Menu',
  'lang.label': 'Langue',
  'lang.switchTo': 'English',
  'lang.switchToLabel': 'Read this page in English',
  'footer.privacy': 'Confidentialité',
  'footer.method': 'Méthode et sources',
  'footer.note':
    'Trait d’union aide à décider ; il ne remplace ni un conseil juridique ni l’avis d’un·e professionnel·le du recrutement.',
  'home.title': 'Trait d’union — recruter un·e gestionnaire de communauté en ligne',
  'home.lead':
    'Le ou la gestionnaire de communauté fait le lien entre une entreprise et la voix de ses clients en ligne. Trait d’union vous aide à définir ce rôle, à rédiger une annonce conforme, à évaluer les compétences et à choisir la bonne façon de pourvoir le poste.',
  'home.audience.title': 'Pour qui ?',
  'home.audience.hr.title': 'Équipes RH et managers',
  'home.audience.hr.text':
    'Partez d’un modèle de rôle éprouvé, adaptez-le à votre entreprise, vérifiez-le au regard du droit et exportez une fiche de poste en PDF et au format JobPosting.',
  'home.audience.sme.title': 'Dirigeant·es de TPE et PME',
  'home.audience.sme.text':
    'Comparez embauche, formation d’un·e salarié·e, freelance, agence ou formule mixte, avec les coûts sur votre horizon et les raisons de la recommandation.',
  'home.audience.candidate.title': 'Candidat·es',
  'home.audience.candidate.text':
    'Évaluez honnêtement vos savoir-être, vos réflexes en situation et votre maîtrise des outils, puis voyez votre adéquation avec chaque rôle et comment progresser.',
  'home.tools.title': 'Quatre outils',
  'home.tool.roles.title': 'Modèles de rôles',
  'home.tool.roles.text':
    'Manager, Animateur·rice, Expert·e : trois rôles d’une même cellule, avec missions, compétences, outils et périmètre.',
  'home.tool.roles.cta': 'Comparer les rôles',
  'home.tool.jobDescription.title': 'Générateur de fiche de poste',
  'home.tool.jobDescription.text':
    'Une fiche de poste adaptée à votre entreprise, contrôlée (non-discrimination, langue, fourchette de salaire) et exportable.',
  'home.tool.jobDescription.cta': 'Rédiger une fiche de poste',
  'home.tool.assessment.title': 'Auto-évaluation des compétences',
  'home.tool.assessment.text':
    'Savoir-être, mises en situation et outils : vos scores, votre adéquation à chaque rôle et vos pistes de progrès, en 20 minutes.',
  'home.tool.assessment.cta': 'Commencer l’auto-évaluation',
  'home.tool.sourcing.title': 'Aide au choix du mode de recrutement',
  'home.tool.sourcing.text':
    'Embauche, formation interne, freelance, agence ou formule mixte : coûts, faisabilité et raisons, pour votre situation.',
  'home.tool.sourcing.cta': 'Comparer les options',
  'home.principles.title': 'Nos principes',
  'home.principles.sources':
    'Chaque chiffre cite sa source et son année ; la méthode de calcul est publiée.',
  'home.principles.privacy':
    'Vos réponses restent dans votre navigateur, sauf si vous choisissez de les enregistrer.',
  'home.principles.bilingual': 'Tout existe en français et en anglais.',
  'page.updated': 'Mis à jour le',
  'privacy.title': 'Confidentialité',
  'method.title': 'Méthode et sources',
  'error.404.title': 'Page introuvable',
  'error.404.text': 'Cette page n’existe pas ou n’existe plus.',
  'error.500.title': 'Une erreur est survenue',
  'error.500.text':
    'Le serveur n’a pas pu afficher cette page. Vos données enregistrées ne sont pas perdues ; réessayez dans un instant.',
  'error.backHome': 'Retour à l’accueil',
} as const;
