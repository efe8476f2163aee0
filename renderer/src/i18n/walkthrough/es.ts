// Spanish (neutral, formal "usted"; wording avoids gendered adjectives).
import type { Messages } from './en';
import { auditEs } from '../audit/es';
import { secondCheckEs } from '../second-check/es';
import { bundleEs } from '../bundle/es';
import { consoleEs } from '../console/es';
import { siteEs } from '../site/es';
import { thermalEs } from '../thermal/es';
import { LTR_TEMPERATURE } from './temperature-text';

export const es: Messages = {
  app: {
    title: 'Control térmico',
  },
  language: {
    label: 'Idioma',
  },
  idle: {
    title: 'Acérquese a la pantalla, por favor',
    steps: {
      onePerson: 'Una persona cada vez',
      hatGlasses: 'Quítese el sombrero y las gafas',
      lookAtSensor: 'Mire al sensor',
    },
    privacy: 'No se guardan imágenes, nombres ni temperaturas.',
  },
  measuring: {
    progress: 'Progreso de la medición',
    guidance: {
      'step-closer': 'Acérquese un poco más, por favor',
      'step-back': 'Retroceda un poco, por favor',
      'hold-still': 'No se mueva, por favor',
      'one-person': 'Una persona cada vez, por favor',
      measuring: 'Midiendo…',
    },
  },
  pass: {
    title: 'Puede pasar',
  },
  refer: {
    title: 'Diríjase al personal para una breve segunda comprobación',
    /** Discreet referral: the pass's look; only this sentence differs. */
    discreet: 'Por favor, diríjase al miembro del personal',
    note: 'Esto es un control, no un diagnóstico. El personal lo confirmará con un termómetro clínico.',
  },
  retry: {
    title: 'Inténtelo de nuevo',
    reason: {
      'too-far': 'Acérquese un poco más, por favor',
      'too-close': 'Retroceda un poco, por favor',
      'one-person': 'Una persona cada vez, por favor',
      'hold-still': 'No se mueva, por favor',
      'too-cold': 'Parece que acaba de llegar del frío: espere unos minutos y vuelva a intentarlo',
      'too-warm':
        'Parece que viene del calor o de hacer ejercicio: espere unos minutos y vuelva a intentarlo',
      uncertain: 'La lectura no fue clara: no se mueva y mire de frente a la pantalla',
    },
  },
  paused: {
    title: 'Control en pausa: se ha avisado al personal',
    reason: {
      starting: 'Iniciando…',
      'sensor-disconnected': 'Sensor térmico no conectado: el personal debe conectarlo',
      'sensor-stalled': 'El sensor térmico ha dejado de enviar datos',
      'sensor-frozen': 'La imagen del sensor térmico está congelada',
      'sensor-garbage': 'Datos del sensor térmico ilegibles (¿velocidad en baudios incorrecta?)',
      'sensor-problem': 'El sensor térmico informa de un problema: el personal lo ve en la consola',
      'sensor-detecting': 'Reconociendo el sensor térmico…',
      'blackbody-missing': 'El cuerpo negro de referencia no está a la vista',
      'blackbody-moved': 'El cuerpo negro de referencia se ha movido',
      'blackbody-unstable': 'Lectura inestable del cuerpo negro de referencia',
      'blackbody-out-of-tolerance': 'Lectura del cuerpo negro de referencia fuera de tolerancia',
      'records-unavailable': 'Almacenamiento de recuentos no disponible',
      'estimator-restarting': 'Reiniciando el estimador de temperatura…',
      'warming-up': 'Calentando el sensor',
      'room-too-cold': 'La sala está demasiado fría para medir con fiabilidad (18–24 °C)',
      'room-too-warm': 'La sala está demasiado caliente para medir con fiabilidad (18–24 °C)',
      'link-connecting': 'Conectando con el quiosco…',
      'link-lost': 'Conexión con el quiosco perdida; reconectando…',
      'no-token':
        'Esta página debe abrirse desde la dirección que mostró el quiosco (contiene un token de acceso)',
    },
  },
  console: consoleEs,
  thermal: thermalEs,
  site: siteEs,
  audit: auditEs,
  secondCheck: secondCheckEs,
  bundle: bundleEs,
  demo: {
    badge: 'DEMO — sensor simulado',
    badgeWithPin: 'DEMO — sensor simulado · PIN del personal {{pin}}',
    badgeWithPins:
      'DEMO — sensor simulado · PIN del personal {{pin}} · PIN de RR.\u00a0HH. {{hrPin}}',
  },
  temperature: LTR_TEMPERATURE,
  staff: {
    label: 'Información para el personal',
    sensorLabel: 'Sensor',
    sensorUnknown: 'desconocido',
    sensorState: {
      none: 'ninguno',
      connecting: 'conectando',
      detecting: 'detectando el protocolo',
      streaming: 'transmitiendo',
      disconnected: 'desconectado',
    },
    sensorFault: {
      device: 'el sensor informa de un problema',
      stalled: 'detenido',
      frozen: 'congelado',
      garbage: 'datos ilegibles',
    },
    room: {
      cold: 'Sala por debajo de 18 °C: los resultados esperan a que vuelva al rango',
      warm: 'Sala por encima de 24 °C: los resultados esperan a que vuelva al rango',
    },
    todayLabel: 'Hoy',
    today: {
      unknown: 'aún no hay recuentos',
      screened: '{{n}} controlados',
      pass: '{{n}} aptos',
      refer: '{{n}} derivados',
      retry: '{{n}} repetidos',
    },
    linkLabel: 'Enlace',
    link: {
      connecting: 'conectando',
      open: 'abierto',
      lost: 'perdido',
    },
    error: 'Último error',
    physicalModelOnly:
      'Lecturas basadas solo en el modelo físico: haga una calibración en el sitio',
  },
};
