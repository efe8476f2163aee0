// Seconds contrôles et alerte sur le taux d’orientation, en français.
import type { SecondCheckMessages } from './en';

export const secondCheckFr: SecondCheckMessages = {
  title: 'Second contrôle',
  waiting: '{{count}} orientations attendent un second contrôle',
  waiting_one: '{{count}} orientation attend un second contrôle',
  waiting_other: '{{count}} orientations attendent un second contrôle',
  ask: 'Après le thermomètre médical, touchez ce qu’il a indiqué :',
  outcome: {
    confirmed: 'Confirmée (≥ {{threshold}} au thermomètre médical)',
    'not-confirmed': 'Non confirmée',
    declined: 'Refusée / non contrôlée',
  },
  saving: 'Enregistrement…',
  recorded: 'Enregistré.',
  private:
    'Seul le nombre de chaque résultat par heure est conservé : aucun nom, aucune heure précise, aucune température.',
  rate: {
    title: {
      'too-many': 'Plus d’orientations que l’étalonnage ne le prévoit',
      'too-few': 'Moins d’orientations que l’étalonnage ne le prévoit',
    },
    causes: {
      'too-many':
        'En général un courant d’air froid, du soleil sur le capteur ou les personnes, ou un étalonnage ancien : vérifiez l’entrée et étalonnez de nouveau s’il le faut.',
      'too-few':
        'En général une vue masquée : vérifiez que rien ne se trouve entre le capteur et les visages.',
    },
    figures:
      '{{days}} derniers jours : {{referred}} personnes orientées sur {{screened}} ({{observed}} %) ; l’étalonnage en prévoit {{expected}} % (entre {{low}} % et {{high}} %, pas d’alerte).',
  },
  export: {
    title: 'Seconds contrôles',
    share:
      'Confirmées : {{confirmed}} sur {{checked}} orientations contrôlées ({{share}} %, intervalle à 95 % {{low}}–{{high}} %)',
    noneChecked:
      'Confirmées : aucune orientation de cette période n’a encore de résultat contrôlé.',
    declined: 'Refusées ou non contrôlées : {{n}}',
    referred: 'Orientations sur la période : {{n}}',
    confirmed: 'Confirmées',
    notConfirmed: 'Non confirmées',
    declinedShort: 'Refusées',
  },
};
