// Eventos recientes del dispositivo (registro de auditoría), en español (neutro, «usted»).
import type { AuditMessages } from './en';

export const auditEs: AuditMessages = {
  title: 'Eventos recientes',
  empty: 'Aún no hay eventos',
  time: 'Hora',
  event: 'Evento',
  detail: 'Detalle',
  kind: {
    'kiosk-started': 'Quiosco iniciado',
    'sensor-connected': 'Sensor conectado',
    'sensor-lost': 'Sensor perdido',
    'calibration-accepted': 'Calibración aceptada',
    'settings-changed': 'Ajustes cambiados',
    'screening-paused': 'Control en pausa',
    'screening-resumed': 'Control reanudado',
    'database-set-aside': 'Base de datos dañada apartada',
    'pin-failed': 'PIN incorrecto',
    'pin-locked-out': 'PIN bloqueado',
    'console-unlocked': 'Consola desbloqueada',
    'counts-exported': 'Recuentos exportados',
    'kiosk-exited': 'Salida del modo quiosco',
  },
};
