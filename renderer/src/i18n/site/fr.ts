// Étalonnage sur site avec des personnes (console du personnel), en français (« vous »). Une
// espace insécable (U+00A0) précède « : » et « ? », comme le veut la typographie française.
import type { SiteMessages } from './en';

export const siteFr: SiteMessages = {
  title: 'Étalonnage sur site avec des personnes',
  inUse: 'En service\u00a0: {{calibration}}',
  inUseNone:
    'Aucun étalonnage sur site pour ce capteur\u00a0: il n’en a pas besoin, il distingue le visage.',
  modelOnly:
    'Les mesures reposent sur le seul modèle physique\u00a0: faites un étalonnage sur site.',
  calibrationLine:
    '{{date}}, décalage {{offset}} ± {{se}}, dispersion {{spread}}, {{n}} volontaires (capteur {{sensor}})',
  metres: '{{value}}\u00a0m',
  metresRange: '{{min}}–{{max}}\u00a0m',
  percent: '{{value}}\u00a0%',
  steps: {
    label: 'Étapes de l’étalonnage sur site',
    intro: 'Début',
    volunteers: 'Volontaires',
    result: 'Ajustement',
    done: 'Terminé',
  },
  intro: {
    heading: 'Étalonner cette borne avec un thermomètre médical',
    what: 'Un capteur de basse résolution ne voit pas le point le plus chaud du visage\u00a0: ses mesures reposent sur un modèle physique. Mesurer de vraies personnes ici ajuste la borne à ce site\u00a0: ce capteur, son objectif, cette pièce et cette distance.',
    volunteers: 'Au moins {{min}} volontaires en bonne santé.',
    thermometer: 'Un thermomètre médical (buccal ou auriculaire).',
    order:
      'Chaque volontaire se place devant la borne et reste immobile\u00a0; juste après la mesure de la borne, prenez sa température au thermomètre et saisissez-la ici. La mesure de la borne n’est pas affichée, pour ne pas influencer ce que vous saisissez.',
    privacy:
      'Les valeurs restent dans la mémoire de la borne pour cette séance seulement, et seul le décalage ajusté est enregistré. Verrouiller la console les efface.',
    elsewhere:
      'Un étalonnage sur site est ouvert dans une autre session de la console\u00a0: terminez-le là-bas, ou verrouillez cette console pour l’abandonner.',
    start: 'Commencer',
  },
  volunteers: {
    heading: 'Volontaires',
    intro:
      'Appuyez sur «\u00a0Mesurer le volontaire suivant\u00a0», demandez-lui de se placer devant la borne et de rester immobile, puis saisissez la mesure du thermomètre une fois que la borne a pris la sienne.',
    count: 'Volontaires avec une valeur\u00a0: {{n}} (au moins {{min}} nécessaires)',
    table: 'Volontaires de cette séance',
    volunteer: 'Volontaire',
    kiosk: 'Borne',
    thermometer: 'Thermomètre',
    actions: 'Actions',
    waiting: 'En attente de la mesure de la borne…',
    taken: 'Mesure prise',
    valueLabel: 'Mesure au thermomètre du volontaire {{n}} ({{unit}})',
    save: 'Enregistrer',
    clear: 'Effacer',
    drop: 'Retirer',
    dropLabel: 'Retirer le volontaire {{n}}',
    readNext: 'Mesurer le volontaire suivant',
    fit: 'Ajuster',
    discard: 'Abandonner la séance',
    errors: {
      number: 'Saisissez la mesure du thermomètre sous forme de nombre, par exemple {{example}}',
      range:
        'Hors de {{min}}–{{max}}\u00a0: vérifiez le thermomètre et saisissez à nouveau la valeur',
    },
  },
  result: {
    heading: 'Ajustement',
    offset: 'Décalage (corps − maximum corrigé du visage selon la borne)',
    offsetValue: '{{offset}} ± {{se}} (erreur type)',
    spread: 'Dispersion entre volontaires (1σ)',
    n: 'Volontaires',
    distance: 'Distance où ils se tenaient',
    expected: 'À attendre au seuil de {{threshold}}',
    sensitivity: 'Une personne à {{at}} est orientée\u00a0: {{share}}',
    specificity: 'Une personne à {{at}} passe\u00a0: {{share}}',
    problems: 'À corriger avant d’accepter\u00a0:',
    noProblems: 'L’ajustement a passé ses contrôles\u00a0: il peut être accepté.',
    saving: 'Enregistrement…',
    discard: 'Abandonner',
    back: 'Retour aux volontaires',
    accept: 'Accepter et utiliser',
  },
  done: {
    saved: 'Étalonnage sur site enregistré\u00a0: la borne l’utilise dès la prochaine mesure.',
    again: 'Commencer un nouvel étalonnage sur site',
  },
  ended: {
    discarded: 'La dernière séance a été abandonnée\u00a0: rien n’a été enregistré.',
    interrupted: {
      locked:
        'La séance a été interrompue par le verrouillage de la console\u00a0: les valeurs ont été effacées\u00a0; recommencez.',
      'auto-lock':
        'La séance a été interrompue par le verrouillage automatique\u00a0: les valeurs ont été effacées\u00a0; recommencez.',
      'pin-changed':
        'La séance a été interrompue par un changement du code du personnel\u00a0: les valeurs ont été effacées\u00a0; recommencez.',
      'sensor-changed':
        'La séance a été interrompue car le capteur a changé\u00a0: les valeurs ont été effacées\u00a0; recommencez.',
    },
  },
};
