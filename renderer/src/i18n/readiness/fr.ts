// Préparation avant les verdicts et registre des conditions (français).
import type { ReadinessMessages } from './en';

export const readinessFr: ReadinessMessages = {
  countdown: 'Le contrôle commence dans {{time}}',
  footer: {
    overdue: 'Étalonnage de la caméra en retard : étalonnez à nouveau avec le corps noir',
  },
  status: {
    title: 'Prêt à contrôler ?',
    verdicts: 'Verdicts',
    ready: 'donnés maintenant',
    waiting: 'en attente : {{reason}}',
    warmUp: 'Mise en température du capteur',
    warmUpLeft: 'prêt dans {{time}}',
    warmUpDone: 'terminée',
    room: 'Pièce',
    roomState: {
      ok: 'dans la plage',
      cold: 'trop froide : les verdicts attendent',
      warm: 'trop chaude : les verdicts attendent',
      unknown: 'non indiquée par ce capteur',
    },
    reference: 'Corps noir de référence',
    referenceStable: 'stable',
    referenceNone: 'non configuré',
    referenceUnstable: 'instable : les verdicts attendent',
    calibration: 'Étalonnage de la caméra',
    calibrationOverdue: 'en retard',
    calibrationCurrent: 'à jour',
    calibrationShipped: 'd’usine (jamais étalonnée sur site)',
    overdue:
      'L’étalonnage de la caméra date de plus de {{days}} jours (réglage « {{setting}} ») : étalonnez à nouveau avec le corps noir. Le contrôle continue en attendant.',
  },
  conditions: {
    title: 'Registre des conditions',
    intro:
      'Pour les dossiers de conformité, une ligne par jour : minutes où la borne était prête, minutes en pause et pourquoi, la température la plus basse et la plus haute de la pièce lues par le capteur, la stabilité de la référence et l’âge de l’étalonnage. Des durées seulement : rien sur aucune personne.',
    summary:
      '{{days}} jours enregistrés dans la période : {{ready}} minutes prête, {{paused}} minutes en pause.',
    empty:
      'Rien d’enregistré dans cette période pour l’instant : la borne ajoute chaque minute où elle fonctionne.',
    rangeFirst: 'Choisissez d’abord une période valide ci-dessus.',
    download: 'Télécharger le registre des conditions',
    downloading: 'Préparation…',
    downloaded: '{{filename}} téléchargé ({{count}} lignes).',
    downloaded_one: '{{filename}} téléchargé ({{count}} ligne).',
    downloaded_other: '{{filename}} téléchargé ({{count}} lignes).',
  },
};
