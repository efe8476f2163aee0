// Événements récents de l’appareil (journal d’audit), en français.
import type { AuditMessages } from './en';

export const auditFr: AuditMessages = {
  title: 'Événements récents',
  empty: 'Aucun événement pour l’instant',
  time: 'Heure',
  event: 'Événement',
  detail: 'Détail',
  kind: {
    'kiosk-started': 'Borne démarrée',
    'sensor-connected': 'Capteur connecté',
    'sensor-lost': 'Capteur perdu',
    'calibration-accepted': 'Étalonnage accepté',
    'settings-changed': 'Réglages modifiés',
    'screening-paused': 'Dépistage en pause',
    'screening-resumed': 'Dépistage repris',
    'database-set-aside': 'Base de données endommagée mise de côté',
    'pin-failed': 'Code erroné',
    'pin-locked-out': 'Code bloqué',
    'console-unlocked': 'Console déverrouillée',
    'counts-exported': 'Comptages exportés',
    'kiosk-exited': 'Sortie du mode borne',
  },
};
