// Lots de comptages signés pour la consolidation multi-sites des RH, en français.
import type { BundleMessages } from './en';

export const bundleFr: BundleMessages = {
  title: 'Lot signé pour la consolidation des RH',
  intro:
    'Un fichier des comptages horaires de cette borne pour la période ci-dessus, signé par la borne, que les RH combinent avec ceux des autres bornes dans la consolidation multi-sites. Des comptages seulement : rien sur personne.',
  fingerprint: 'Empreinte de la clé de cette borne',
  register:
    'Les RH enregistrent cette borne en ajoutant cette empreinte à la liste des clés de la consolidation.',
  site: 'Site',
  kiosk: 'Borne',
  daily: 'Chaque jour',
  download: 'Télécharger le lot signé',
  downloading: 'Signature du lot…',
  saved: 'Lot de {{count}} jours enregistré : {{filename}}',
  saved_one: 'Lot de {{count}} jour enregistré : {{filename}}',
  saved_other: 'Lot de {{count}} jours enregistré : {{filename}}',
  tooLong:
    'Rien n’a été téléchargé : un lot couvre au plus {{max}} jours, raccourcissez la période.',
  folder: {
    off: 'Désactivé : aucun dossier n’est choisi (le personnel peut en choisir un dans Réglages).',
    writes: 'Écrit dans {{folder}} chaque jour ; dernière écriture : {{when}}.',
    notYet: 'Écrit dans {{folder}} chaque jour ; rien n’y a encore été écrit.',
    problem: 'Dossier quotidien (message de la borne) : {{problem}}',
  },
  settings: {
    legend: 'Lots signés pour la consolidation des RH',
    siteName: 'Nom du site',
    siteNameHint:
      'Le site sous lequel les RH regroupent cette borne, p. ex. Siège (au plus {{max}} caractères).',
    bundleFolder: 'Dossier du lot quotidien',
    bundleFolderHint:
      'La borne écrit chaque jour dans ce dossier le lot signé de ce mois (et du mois précédent), p. ex. une clé USB ou un partage monté par le système d’exploitation. La borne elle-même n’ouvre aucune connexion réseau. Laissez vide pour jamais.',
    errors: {
      site: {
        empty: 'Saisissez un nom, p. ex. Siège',
        long: 'Au plus {{max}} caractères',
        formula: 'Ne doit pas commencer par = + - ou @',
        control: 'Ne doit pas contenir de caractères de contrôle',
      },
      folder: {
        relative:
          'Saisissez un chemin complet, p. ex. /media/usb/lots ou E:\\lots, ou laissez vide pour jamais',
        long: 'Au plus {{max}} caractères',
        control: 'Ne doit pas contenir de caractères de contrôle',
      },
    },
  },
};
