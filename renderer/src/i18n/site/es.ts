// Calibración en el sitio con personas (consola del personal), en español (neutro, «usted»).
import type { SiteMessages } from './en';

export const siteEs: SiteMessages = {
  title: 'Calibración en el sitio con personas',
  inUse: 'En uso: {{calibration}}',
  inUseNone:
    'Ninguna calibración en el sitio para este sensor: no la necesita, distingue el rostro.',
  modelOnly: 'Las lecturas se basan solo en el modelo físico: haga una calibración en el sitio.',
  calibrationLine:
    '{{date}}, desplazamiento {{offset}} ± {{se}}, dispersión {{spread}}, {{n}} voluntarios (sensor {{sensor}})',
  metres: '{{value}} m',
  metresRange: '{{min}}–{{max}} m',
  percent: '{{value}} %',
  steps: {
    label: 'Pasos de la calibración en el sitio',
    intro: 'Inicio',
    volunteers: 'Voluntarios',
    result: 'Ajuste',
    done: 'Hecho',
  },
  intro: {
    heading: 'Calibrar este quiosco con un termómetro clínico',
    what: 'Un sensor de baja resolución no ve el punto más caliente del rostro, así que sus lecturas se basan en un modelo físico. Medir a personas reales aquí ajusta el quiosco a este sitio: este sensor, su lente, esta sala y esta distancia.',
    volunteers: 'Al menos {{min}} voluntarios que se encuentren bien.',
    thermometer: 'Un termómetro clínico (oral o de oído).',
    order:
      'Cada voluntario se coloca ante el quiosco y se queda quieto; justo después de la lectura del quiosco, tómele la temperatura con el termómetro y escríbala aquí. La lectura del quiosco no se muestra, para que no influya en lo que escribe.',
    privacy:
      'Los valores se quedan en la memoria del quiosco solo durante esta sesión, y solo se guarda el desplazamiento ajustado. Bloquear la consola los descarta.',
    elsewhere:
      'Hay una calibración en el sitio abierta en otra sesión de la consola: termínela allí, o bloquee esa consola para descartarla.',
    start: 'Empezar',
  },
  volunteers: {
    heading: 'Voluntarios',
    intro:
      'Pulse «Medir al siguiente voluntario», pídale que se coloque ante el quiosco y se quede quieto, y escriba la lectura del termómetro cuando el quiosco haya tomado la suya.',
    count: 'Voluntarios con valor: {{n}} (se necesitan al menos {{min}})',
    table: 'Voluntarios de esta sesión',
    volunteer: 'Voluntario',
    kiosk: 'Quiosco',
    thermometer: 'Termómetro',
    actions: 'Acciones',
    waiting: 'Esperando la lectura del quiosco…',
    taken: 'Lectura tomada',
    valueLabel: 'Lectura del termómetro del voluntario {{n}} ({{unit}})',
    save: 'Guardar',
    clear: 'Borrar',
    drop: 'Quitar',
    dropLabel: 'Quitar al voluntario {{n}}',
    readNext: 'Medir al siguiente voluntario',
    fit: 'Ajustar',
    discard: 'Descartar la sesión',
    errors: {
      number: 'Escriba la lectura del termómetro como número, por ejemplo {{example}}',
      range: 'Fuera de {{min}}–{{max}}: revise el termómetro y vuelva a escribir el valor',
    },
  },
  result: {
    heading: 'Ajuste',
    offset: 'Desplazamiento (cuerpo − máximo corregido del rostro según el quiosco)',
    offsetValue: '{{offset}} ± {{se}} (error típico)',
    spread: 'Dispersión entre voluntarios (1σ)',
    n: 'Voluntarios',
    distance: 'Dónde estaban',
    expected: 'Qué esperar con el umbral de {{threshold}}',
    sensitivity: 'Una persona a {{at}} se deriva: {{share}}',
    specificity: 'Una persona a {{at}} pasa: {{share}}',
    problems: 'Corrija esto antes de aceptar:',
    noProblems: 'El ajuste ha superado sus comprobaciones: se puede aceptar.',
    saving: 'Guardando…',
    discard: 'Descartar',
    back: 'Volver a los voluntarios',
    accept: 'Aceptar y usar',
  },
  done: {
    saved: 'Calibración en el sitio guardada: el quiosco la usa desde la próxima lectura.',
    again: 'Empezar una nueva calibración en el sitio',
  },
  ended: {
    discarded: 'La última sesión se descartó: no se guardó nada.',
    interrupted: {
      locked:
        'La sesión se interrumpió al bloquear la consola: los valores se descartaron; empiece de nuevo.',
      'auto-lock':
        'La sesión se interrumpió por el bloqueo automático: los valores se descartaron; empiece de nuevo.',
      'pin-changed':
        'La sesión se interrumpió por un cambio del PIN del personal: los valores se descartaron; empiece de nuevo.',
      'sensor-changed':
        'La sesión se interrumpió porque cambió el sensor: los valores se descartaron; empiece de nuevo.',
    },
  },
};
