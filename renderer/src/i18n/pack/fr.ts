// Le dossier de déploiement (onglet Documents), en français.
import type { PackMessages } from './en';

export const packFr: PackMessages = {
  tab: {
    intro:
      'Documents imprimables établis à partir des réglages actuels de cette borne : l’affiche de l’entrée, un registre des traitements et un projet d’AIPD. Ce sont des projets à vérifier, compléter et signer, pas un avis juridique.',
    language: 'Langue des documents',
    page: 'Document',
    pages: {
      sign: 'Affiche de l’entrée',
      record: 'Registre des traitements',
      dpia: 'Projet d’AIPD',
    },
    paper: 'Format du papier',
    papers: { a4: 'A4', letter: 'Letter (US)' },
    print: 'Imprimer',
    loading: 'Lecture des réglages…',
    failed: 'Les documents n’ont pas pu être établis : {{error}}',
  },
  common: {
    generated: 'Établi à partir des réglages du {{date}}',
    blank: 'ligne vide, à remplir à la main',
    kiosk: 'Borne',
    contact: 'Contact',
    days: '{{n}} jours',
    days_one: '{{n}} jour',
    days_other: '{{n}} jours',
    minutes: '{{n}} minutes',
    minutes_one: '{{n}} minute',
    minutes_other: '{{n}} minutes',
    on: 'activé',
    off: 'désactivé',
  },
  sign: {
    title: 'Contrôle de température à cette entrée',
    measured:
      'Ce qui est mesuré : la température de la peau de votre visage, par un capteur thermique, uniquement pour décider si vous pouvez entrer ou si vous devez voir un membre du personnel pour un second contrôle.',
    secondCheck:
      'Si l’on vous demande de voir le personnel, un membre du personnel vérifie votre température avec un thermomètre médical. La borne ne pose aucun diagnostic.',
    notStored:
      'Aucune image, aucune température et rien qui vous identifie n’est enregistré. La borne ne garde que des comptes anonymes par heure : combien de personnes sont passées, ont été orientées vers le personnel ou ont dû réessayer.',
    retention: 'Ces comptes sont supprimés au bout de {{days}}.',
    questions: 'Questions sur ce contrôle :',
  },
  record: {
    title: 'Registre des activités de traitement',
    subtitle: 'Borne de contrôle de température, dans l’esprit de l’article 30 du RGPD',
    controller: 'Responsable du traitement (nom et coordonnées)',
    dpo: 'Délégué à la protection des données (le cas échéant)',
    legalBasis: 'Base juridique (articles 6 et 9 du RGPD)',
    purposeH: 'Finalité',
    purpose:
      'Contrôler à l’entrée une température de peau élevée, afin de proposer à toute personne au niveau du seuil ou au-dessus un second contrôle au thermomètre médical avant d’entrer. Un complément à d’autres mesures, pas un diagnostic.',
    subjectsH: 'Personnes concernées',
    subjects: 'Les personnes qui utilisent cette entrée.',
    categoriesH: 'Catégories de données',
    categories:
      'Aucune donnée personnelle n’est enregistrée. Les images thermiques du visage (température de la peau) sont traitées dans la mémoire de la borne uniquement, environ une seconde, pour donner un résultat, puis effacées. Sont enregistrés : des comptes anonymes par date, heure, borne et résultat ; les comptes par heure des résultats du second contrôle ; un relevé quotidien des conditions de l’appareil ; les événements de l’appareil ; les réglages et les étalonnages.',
    recipientsH: 'Destinataires',
    recipientsStaff:
      'Rôle personnel (code du personnel) : l’écran de passage et la console du personnel (état, vue en direct, réglages, étalonnage, comptes).',
    recipientsHr: 'Rôle RH (code RH) : les comptes anonymes et leur export uniquement.',
    recipientsNone: 'Personne hors de l’organisation : rien n’est envoyé nulle part.',
    transfersH: 'Transferts vers des pays tiers',
    transfers: 'Aucun : la borne n’ouvre aucune connexion réseau au-delà de la machine elle-même.',
    retentionH: 'Durée de conservation',
    retention:
      'Comptes anonymes et événements de l’appareil : {{days}}, puis supprimés (les lignes sont écrasées dans le fichier). Images thermiques : jamais enregistrées.',
    securityH: 'Mesures de sécurité',
    security: {
      memory:
        'Les images thermiques restent en mémoire et ne sont jamais écrites sur disque ni dans les journaux.',
      pins: 'La console du personnel demande un code, conservé uniquement sous forme de hachage salé ; les codes erronés bloquent le clavier de plus en plus longtemps ; la console se verrouille seule après {{minutes}} sans action.',
      hr: 'Un code RH distinct n’ouvre que l’export des comptes.',
      file: 'Le fichier des relevés n’est lisible que par le compte utilisateur de la borne.',
      network:
        'La borne ne répond que sur cette machine (127.0.0.1) et n’ouvre aucune connexion sortante.',
      audit:
        'Les événements de l’appareil (codes erronés, déverrouillages, exports, réglages modifiés) sont conservés comme piste d’audit, sans donnée personnelle.',
    },
  },
  dpia: {
    title: 'Analyse d’impact relative à la protection des données (projet)',
    intro:
      'Établi à partir des réglages de la borne pour aider le responsable à rédiger l’AIPD. Il décrit ce que fait la borne ; l’appréciation de la nécessité, de la proportionnalité et des risques, ainsi que la validation, reviennent au responsable.',
    purposeH: '1. Finalité et nécessité',
    purpose:
      'Proposer un second contrôle au thermomètre médical aux personnes dont la température de peau laisse penser à une fièvre, avant qu’elles n’entrent. Le contrôle thermique est un complément, pas un diagnostic : le guide de la FDA américaine « Enforcement Policy for Telethermographic Systems » (2020) attend qu’une mesure élevée soit confirmée au thermomètre médical.',
    necessity:
      'Pourquoi un contrôle est nécessaire à cette entrée, et pourquoi des mesures moins intrusives ne suffisent pas :',
    flowsH: '2. Flux de données',
    flows: {
      sensor:
        'Capteur thermique → mémoire de la borne : images de température de la peau, par USB.',
      verdict:
        'Mémoire → résultat : la température est estimée et comparée au seuil ; l’écran affiche passer, voir le personnel ou réessayer. Les images et l’estimation sont ensuite effacées.',
      count: 'Résultat → compte anonyme : un de plus pour cette heure, cette borne et ce résultat.',
      bundle:
        'Comptes anonymes → RH : l’export CSV et les lots de comptes signés (comptes par heure, noms du site et de la borne, relevé des conditions), téléchargés dans la console ou écrits chaque jour dans un dossier choisi par le personnel, pour la synthèse multisite des RH.',
      nothingElse:
        'Rien d’autre ne sort : aucune image, aucune température, aucun identifiant, aucune connexion réseau.',
    },
    storedH: '3. Ce qui est enregistré et ce qui ne l’est pas',
    stored:
      'Enregistré : des comptes anonymes par date, heure, borne et résultat ; les résultats du second contrôle (confirmé, non confirmé, refusé) comptés par heure ; un relevé quotidien des conditions (minutes prêt, minutes en pause par motif, minimum et maximum de la pièce, âge de l’étalonnage) ; les événements de l’appareil ; les réglages ; les étalonnages (l’ajustement seul).',
    notStored:
      'Non enregistré : les images, la température de quiconque, les noms ou tout identifiant, l’heure d’un passage, la mesure du thermomètre médical.',
    retentionH: '4. Conservation',
    retention:
      'Les comptes et les événements de l’appareil sont supprimés au bout de {{days}} (le réglage « conserver les comptes »), vérifié chaque jour.',
    accessH: '5. Qui voit quoi',
    accessScreen:
      'La personne contrôlée, et toute personne à proximité : le résultat à l’écran (passer, voir le personnel, réessayer).',
    temperatureShown:
      'La température estimée est aussi affichée à l’écran (un réglage) ; jamais enregistrée.',
    temperatureHidden: 'La température n’est pas affichée à l’écran.',
    discreetOn:
      'L’orientation discrète est activée : une orientation ressemble à un passage et invite la personne à voir le personnel.',
    discreetOff:
      'L’orientation discrète est désactivée : une orientation est affichée comme telle à l’écran.',
    accessStaff:
      'Personnel (code du personnel) : la console du personnel, y compris une vue thermique en direct jamais enregistrée.',
    accessHr: 'RH (code RH) : les comptes anonymes et leur export uniquement.',
    accuracyH: '6. Exactitude du capteur utilisé, et ses limites',
    noSensor:
      'Aucun capteur ne transmet en ce moment : connectez-le et rouvrez cette page pour y inclure ses chiffres.',
    sensor: 'Capteur',
    canScreen: 'Il peut contrôler, aux distances que la borne impose.',
    cannotScreen:
      'Il ne peut contrôler de façon fiable à aucune distance : la borne ne donne aucun résultat avec lui.',
    mae: 'Erreur absolue moyenne',
    sensitivity: 'Fièvres orientées (sensibilité)',
    specificity: 'Températures normales admises (spécificité)',
    notAvailable: 'non disponible',
    source: 'Source',
    limits: 'Limites',
    englishNote:
      'La source et les limites sont données en anglais, telles que la borne les indique.',
    noPerfect:
      'Aucun contrôle n’est parfait : certaines personnes fiévreuses passeront et certaines sans fièvre seront orientées. C’est pourquoi chaque orientation est vérifiée au thermomètre médical et la borne n’est jamais la seule mesure.',
    procedureH: '7. Procédure de second contrôle',
    procedure: {
      check:
        'Après chaque orientation, un membre du personnel prend la température de la personne au thermomètre médical, à l’écart des autres.',
      confirmed: 'Si elle est de {{threshold}} ou plus, la personne suit cette procédure :',
      record:
        'Le personnel n’enregistre que le résultat (confirmé, non confirmé, refusé ou non vérifié) d’une touche dans la console : un compte anonyme par heure, jamais la mesure ni la personne.',
      adjunct: 'La borne est un complément (guide de la FDA, 2020) : elle ne décide jamais seule.',
    },
    risksH: '8. Risques et mesures',
    risk: 'Risque',
    mitigation: 'Mesure',
    risks: {
      identify: 'Identifier quelqu’un à partir des données enregistrées',
      identifyM:
        'Rien d’identifiant n’est enregistré : des comptes par heure seulement ; les petits comptes peuvent être masqués à l’export.',
      bystanders: 'Information de santé vue par d’autres personnes',
      bystandersM:
        'Seul un résultat est affiché (la température est masquée par défaut) ; l’orientation discrète peut faire ressembler une orientation à un passage.',
      missed: 'Une fièvre manquée',
      missedM:
        'Une mesure limite est orientée ; étalonnage sur site ; les autres mesures restent en place.',
      wrong: 'Quelqu’un orienté sans fièvre',
      wrongM:
        'Un thermomètre médical décide ; les résultats sont comptés pour que le personnel suive le taux d’orientation.',
      access: 'Accès non autorisé à la console ou aux relevés',
      accessM:
        'Codes avec blocage, verrouillage automatique, RH limités à l’export, relevés lisibles par le seul utilisateur de la borne, pas de réseau.',
      misuse: 'Usage à une autre fin (p. ex. suivi des présences)',
      misuseM:
        'Aucun identifiant ni heure de passage n’existe ; les exports ne contiennent que des comptes.',
      environment: 'Mesures perturbées par la pièce ou le capteur',
      environmentM:
        'Préchauffage, plage de température de la pièce et référence stable sont vérifiés avant tout résultat ; un étalonnage en retard est signalé.',
    },
    settingsH: '9. Réglages en vigueur',
    decision: 'Décision',
    fixed: 'orienter à partir de {{threshold}}',
    baseline:
      'orienter au-dessus de la mesure habituelle récente + {{deviation}} (en partant de {{threshold}})',
    warmUp: 'Préchauffage avant les résultats',
    discreet: 'Orientation discrète',
    showTemperature: 'Température affichée à l’écran',
    keepCounts: 'Conserver les comptes pendant',
    signH: '10. Validation',
    preparedBy: 'Préparé par (nom, fonction, date)',
    dpoAdvice: 'Avis du délégué à la protection des données (date)',
    approvedBy: 'Approuvé par le responsable (nom, signature, date)',
    review: 'Date du prochain réexamen',
  },
};
