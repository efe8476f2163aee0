// French. A no-break space (U+00A0) goes before ":" and "?", as French typography wants.
import type { Messages } from './en';
import { auditFr } from '../audit/fr';
import { secondCheckFr } from '../second-check/fr';
import { bundleFr } from '../bundle/fr';
import { consoleFr } from '../console/fr';
import { siteFr } from '../site/fr';
import { thermalFr } from '../thermal/fr';
import { LTR_TEMPERATURE } from './temperature-text';

export const fr: Messages = {
  app: {
    title: 'Dépistage thermique',
  },
  language: {
    label: 'Langue',
  },
  idle: {
    title: 'Approchez-vous de l’écran',
    steps: {
      onePerson: 'Une personne à la fois',
      hatGlasses: 'Retirez chapeau et lunettes',
      lookAtSensor: 'Regardez le capteur',
    },
    privacy: 'Aucune image, aucun nom et aucune température ne sont enregistrés.',
  },
  measuring: {
    progress: 'Progression de la mesure',
    guidance: {
      'step-closer': 'Approchez-vous, s’il vous plaît',
      'step-back': 'Reculez un peu, s’il vous plaît',
      'hold-still': 'Ne bougez plus, s’il vous plaît',
      'one-person': 'Une personne à la fois, s’il vous plaît',
      measuring: 'Mesure en cours…',
    },
  },
  pass: {
    title: 'Vous pouvez entrer',
  },
  refer: {
    title: 'Merci de voir le personnel pour un rapide second contrôle',
    /** Discreet referral: the pass's look; only this sentence differs. */
    discreet: 'Veuillez vous adresser au membre du personnel',
    note: 'Ceci est un dépistage, pas un diagnostic. Le personnel confirmera avec un thermomètre médical.',
  },
  retry: {
    title: 'Veuillez réessayer',
    reason: {
      'too-far': 'Approchez-vous, s’il vous plaît',
      'too-close': 'Reculez un peu, s’il vous plaît',
      'one-person': 'Une personne à la fois, s’il vous plaît',
      'hold-still': 'Ne bougez plus, s’il vous plaît',
      'too-cold': 'Vous semblez arriver du froid\u00a0: patientez quelques minutes, puis réessayez',
      'too-warm':
        'Vous semblez arriver de la chaleur ou d’un effort\u00a0: patientez quelques minutes, puis réessayez',
      uncertain: 'La mesure n’était pas nette\u00a0: restez immobile, face à l’écran',
    },
  },
  paused: {
    title: 'Dépistage en pause — personnel prévenu',
    reason: {
      starting: 'Démarrage…',
      'sensor-disconnected': 'Capteur thermique non connecté — le personnel doit le brancher',
      'sensor-stalled': 'Le capteur thermique n’envoie plus rien',
      'sensor-frozen': 'L’image du capteur thermique est figée',
      'sensor-garbage': 'Données du capteur thermique illisibles (mauvais débit en bauds\u00a0?)',
      'sensor-problem':
        'Le capteur thermique signale un problème — le personnel le voit dans la console',
      'sensor-detecting': 'Reconnaissance du capteur thermique…',
      'blackbody-missing': 'Corps noir de référence hors du champ',
      'blackbody-moved': 'Le corps noir de référence a bougé',
      'blackbody-unstable': 'Mesure du corps noir de référence instable',
      'blackbody-out-of-tolerance': 'Mesure du corps noir de référence hors tolérance',
      'records-unavailable': 'Stockage des comptages indisponible',
      'estimator-restarting': 'Redémarrage de l’estimateur de température…',
      'warming-up': 'Mise en température du capteur',
      'room-too-cold': 'La pièce est trop froide pour une mesure fiable (18–24 °C)',
      'room-too-warm': 'La pièce est trop chaude pour une mesure fiable (18–24 °C)',
      'link-connecting': 'Connexion à la borne…',
      'link-lost': 'Connexion à la borne perdue — reconnexion…',
      'no-token':
        'Cette page doit être ouverte depuis l’adresse affichée par la borne (elle contient un jeton d’accès)',
    },
  },
  console: consoleFr,
  thermal: thermalFr,
  site: siteFr,
  audit: auditFr,
  secondCheck: secondCheckFr,
  bundle: bundleFr,
  demo: {
    badge: 'DÉMO — capteur simulé',
    badgeWithPin: 'DÉMO — capteur simulé · Code du personnel {{pin}}',
    badgeWithPins: 'DÉMO — capteur simulé · Code du personnel {{pin}} · Code RH {{hrPin}}',
  },
  temperature: LTR_TEMPERATURE,
  staff: {
    label: 'Informations pour le personnel',
    sensorLabel: 'Capteur',
    sensorUnknown: 'inconnu',
    sensorState: {
      none: 'aucun',
      connecting: 'connexion',
      detecting: 'détection du protocole',
      streaming: 'en flux',
      disconnected: 'déconnecté',
    },
    sensorFault: {
      device: 'le capteur signale un problème',
      stalled: 'bloqué',
      frozen: 'figé',
      garbage: 'données illisibles',
    },
    room: {
      cold: 'Salle sous 18 °C\u00a0: les verdicts attendent son retour dans la plage',
      warm: 'Salle au-dessus de 24 °C\u00a0: les verdicts attendent son retour dans la plage',
    },
    todayLabel: 'Aujourd’hui',
    today: {
      unknown: 'pas encore de comptage',
      screened: '{{n}} contrôlés',
      pass: '{{n}} admis',
      refer: '{{n}} orientés',
      retry: '{{n}} à refaire',
    },
    linkLabel: 'Liaison',
    link: {
      connecting: 'connexion',
      open: 'ouverte',
      lost: 'perdue',
    },
    error: 'Dernière erreur',
    physicalModelOnly:
      'Mesures fondées sur le seul modèle physique\u00a0: faites un étalonnage sur site',
  },
};
