// Lotes firmados de recuentos para el informe consolidado de RR. HH., en español.
import type { BundleMessages } from './en';

export const bundleEs: BundleMessages = {
  title: 'Lote firmado para el informe consolidado de RR. HH.',
  intro:
    'Un archivo con los recuentos por hora de este quiosco para el periodo indicado arriba, firmado por el quiosco, para que RR. HH. lo combine con los de otros quioscos en el informe consolidado de varias sedes. Solo recuentos: nada sobre ninguna persona.',
  fingerprint: 'Huella de la clave de este quiosco',
  register:
    'RR. HH. registra este quiosco añadiendo esta huella a la lista de claves del informe consolidado.',
  site: 'Sede',
  kiosk: 'Quiosco',
  daily: 'Cada día',
  download: 'Descargar lote firmado',
  downloading: 'Firmando el lote…',
  saved: 'Lote guardado ({{count}} días): {{filename}}',
  saved_one: 'Lote guardado de {{count}} día: {{filename}}',
  saved_other: 'Lote guardado de {{count}} días: {{filename}}',
  tooLong: 'No se descargó nada: un lote abarca como máximo {{max}} días; acorte el periodo.',
  folder: {
    off: 'Desactivado: no hay carpeta (el personal puede elegir una en Ajustes).',
    writes: 'Se escribe en {{folder}} cada día; última escritura: {{when}}.',
    notYet: 'Se escribe en {{folder}} cada día; todavía no se ha escrito nada.',
    problem: 'Carpeta diaria (mensaje del quiosco): {{problem}}',
  },
  settings: {
    legend: 'Lotes firmados para el informe consolidado de RR. HH.',
    siteName: 'Nombre de la sede',
    siteNameHint:
      'La sede bajo la que RR. HH. agrupa este quiosco, p. ej. Oficina central (como máximo {{max}} caracteres).',
    bundleFolder: 'Carpeta del lote diario',
    bundleFolderHint:
      'El quiosco escribe cada día en esta carpeta el lote firmado de este mes (y del mes anterior), p. ej. una memoria USB o una carpeta compartida que montó el sistema operativo. El propio quiosco no abre ninguna conexión de red. Déjela vacía para no escribir nunca.',
    errors: {
      site: {
        empty: 'Escriba un nombre, p. ej. Oficina central',
        long: 'Use como máximo {{max}} caracteres',
        formula: 'No debe empezar por = + - o @',
        control: 'No debe contener caracteres de control',
      },
      folder: {
        relative:
          'Escriba una ruta completa, p. ej. /media/usb/lotes o E:\\lotes, o déjela vacía para no escribir nunca',
        long: 'Use como máximo {{max}} caracteres',
        control: 'No debe contener caracteres de control',
      },
    },
  },
};
