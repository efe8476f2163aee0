// Preparación antes de los resultados y registro de condiciones (español).
import type { ReadinessMessages } from './en';

export const readinessEs: ReadinessMessages = {
  countdown: 'El control empieza en {{time}}',
  footer: {
    overdue: 'Calibración de la cámara vencida: vuelva a calibrar con el cuerpo negro',
  },
  status: {
    title: '¿Listo para controlar?',
    verdicts: 'Resultados',
    ready: 'se dan ahora',
    waiting: 'en espera: {{reason}}',
    warmUp: 'Calentamiento del sensor',
    warmUpLeft: 'listo en {{time}}',
    warmUpDone: 'terminado',
    room: 'Sala',
    roomState: {
      ok: 'dentro del rango',
      cold: 'demasiado fría: los resultados esperan',
      warm: 'demasiado caliente: los resultados esperan',
      unknown: 'este sensor no la informa',
    },
    reference: 'Cuerpo negro de referencia',
    referenceStable: 'estable',
    referenceNone: 'no configurado',
    referenceUnstable: 'inestable: los resultados esperan',
    calibration: 'Calibración de la cámara',
    calibrationOverdue: 'vencida',
    calibrationCurrent: 'al día',
    calibrationShipped: 'de fábrica (nunca calibrada in situ)',
    overdue:
      'La calibración de la cámara tiene más de {{days}} días (ajuste «{{setting}}»): vuelva a calibrar con el cuerpo negro. Mientras tanto, el control continúa.',
  },
  conditions: {
    title: 'Registro de condiciones',
    intro:
      'Para los expedientes de cumplimiento, una fila por día: minutos en que el quiosco estuvo listo, minutos en pausa y por qué, la temperatura mínima y máxima de la sala según el sensor, la estabilidad de la referencia y la antigüedad de la calibración. Solo duraciones: nada sobre ninguna persona.',
    summary:
      '{{days}} días registrados en el intervalo: {{ready}} minutos listo, {{paused}} minutos en pausa.',
    empty:
      'Aún no hay nada registrado en este intervalo: el quiosco añade cada minuto que funciona.',
    rangeFirst: 'Elija primero un intervalo válido arriba.',
    download: 'Descargar el registro de condiciones',
    downloading: 'Preparando…',
    downloaded: 'Descargado {{filename}} ({{count}} filas).',
    downloaded_one: 'Descargado {{filename}} ({{count}} fila).',
    downloaded_other: 'Descargado {{filename}} ({{count}} filas).',
  },
};
