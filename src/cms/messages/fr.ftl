# Browser editor (/admin/): labels and hints of the forms, in French.
# One message per field name (`cms-field-<name>`, `.hint` for the help under the field), per
# collection and per value of a closed list. Shared ids with the site's strings: none yet.

cms-collection-districts = Quartiers
cms-collection-projects = Projets — { $district }
cms-collection-experts = Experts et coachs
cms-collection-meetings = Rencontres
cms-collection-pages = Pages

cms-field-name = Nom
cms-field-title = Titre
cms-field-body = Texte
    .hint = Mise en forme Markdown. Les images vont dans le dossier assets du quartier, avec un texte alternatif.
cms-field-lang = Langue de l’original
cms-field-commune = Commune
    .hint = Pour un quartier dans une seule commune ; pour plusieurs, laissez-la vide et remplissez Communes.
cms-field-communes = Communes
    .hint = Pour un quartier sur plusieurs communes, la principale d'abord ; laissez alors Commune vide.
cms-field-closed = Fin des activités
    .hint = Seulement si le groupe a cessé ses activités : la date, et le quartier dans lequel il se poursuit.
cms-field-successor = Se poursuit dans
cms-field-aliases = Anciens ids
    .one = ancien id
    .hint = Anciens ids du quartier : leurs adresses mènent à cette page.
cms-field-location = Emplacement
    .hint = Coordonnées du lieu (facultatif), pour la carte.
cms-field-lat = Latitude
cms-field-lon = Longitude
cms-field-coach = Coach
    .hint = Une personne dont le rôle est coach.
cms-field-steering_group = Comité d’habitants (nombre de membres)
    .hint = Au moins 5 membres pour déposer une feuille de route.
cms-field-themes = Thèmes
cms-field-dossiers = Dossiers par édition
    .one = dossier
    .hint = Un dossier par édition de l’appel à laquelle le quartier participe.
cms-field-edition = Édition
cms-field-track = Volet de l'appel
cms-field-status = Statut du dossier
    .hint = Chaque phase a ses exigences, vérifiées par la demande de modification.
cms-field-start_fund = Fonds de démarrage
cms-field-granted = Accordé (EUR)
cms-field-spent = Dépensé (EUR)
cms-field-intention = Date de la note d'intention
cms-field-submitted = Date de dépôt
cms-field-decision = Décision du comité de pilotage
cms-field-date = Date
cms-field-outcome = Résultat
cms-field-evaluation = Évaluation
cms-field-summary = Résumé
cms-field-experts = Experts
    .hint = Des personnes dont le rôle est expert.
cms-field-partners = Partenaires
    .one = partenaire
cms-field-kind = Type
cms-field-budget = Budget
cms-field-lines = Lignes de budget
    .one = ligne de budget
cms-field-category = Catégorie de dépense
cms-field-label = Libellé
cms-field-amount = Montant (EUR)
cms-field-requested = Total demandé (EUR)
    .hint = Facultatif ; s’il est rempli, il doit égaler la somme des lignes.
cms-field-roadmap = Étapes de la feuille de route
    .one = étape
    .hint = Les étapes du projet ; au moins une à partir du dépôt.
cms-field-step = Étape
cms-field-due = Échéance
cms-field-done = Étape réalisée
cms-field-updates = Nouvelles
    .one = nouvelle
cms-field-text = Texte
cms-field-role = Rôle
cms-field-organisation = Organisation
cms-field-languages = Langues parlées
cms-field-email = Adresse e-mail
    .hint = Jamais publiée, sauf si le contact public est coché.
cms-field-public_contact = Contact public
cms-field-place = Lieu
cms-field-districts = Quartiers
cms-field-cover = Image de couverture
cms-field-src = Image
cms-field-alt = Texte alternatif
    .hint = Ce que montre l’image, pour qui ne la voit pas.

# The note under the login button, from `editing:` in data/programme.yaml.
cms-login-open-authoring = Pas besoin d’accès au dépôt : connectez-vous avec n’importe quel compte GitHub. Si vous n’avez pas le droit d’y écrire, l’éditeur fait pour vous une copie (fork) du dépôt et y enregistre vos changements. Quand vous passez votre brouillon à « En cours de révision », il ouvre une demande de modification (pull request) ; l’équipe la relit avant de publier.
cms-login-members = Seuls les comptes { $host } qui ont le droit d’écrire dans le dépôt peuvent se connecter ici. Sans ce droit, proposez votre changement sur { $host } : ouvrez le fichier, cliquez sur le crayon ; { $host } fait une copie (fork) à votre nom et ouvre la demande de modification (pull request).
cms-login-no-fork = Seules les personnes qui ont accès au dépôt peuvent se connecter ici : avec { $host }, l’éditeur ne sait pas faire de copie (fork) du dépôt pour vous. Sans accès, faites une copie (fork) du dépôt sur le site de l’hébergeur, modifiez-y le fichier et ouvrez une demande de modification ; l’équipe la relit avant de publier.

cms-hint-team = Réservé à l’équipe du programme : ne le changez que si elle vous le demande.
cms-hint-max-chars = { $max } caractères au maximum.
cms-hint-required-if-given = Obligatoire si cette partie est remplie.
cms-hint-two-decimals = En euros, au plus deux décimales.
cms-error-two-decimals = Un montant en euros avec au plus deux décimales, par exemple 180.5
cms-error-max-chars = { $max } caractères au maximum

cms-value-preparation = En préparation
cms-value-submitted = Feuille de route déposée
cms-value-selected = Sélectionné
cms-value-not-selected = Non retenu
cms-value-realisation = En réalisation
cms-value-evaluated = Évalué
cms-value-expert = Expertise thématique
cms-value-coach = Coach
cms-value-municipality = Commune
cms-value-association = Association
cms-value-business = Entreprise
cms-value-school = École
cms-value-other = Autre

# After a save (src/cms/saved.rs): what happens next.
cms-saved = Votre modification est proposée. L’équipe du programme la relit ; elle sera en ligne après sa validation.
cms-saved-one-day = Votre modification est proposée. L’équipe du programme la relit ; elle sera en ligne après sa validation (en général sous 1 jour).
cms-saved-days = Votre modification est proposée. L’équipe du programme la relit ; elle sera en ligne après sa validation (en général sous { $days } jours).
cms-saved-link = Voir mes propositions
