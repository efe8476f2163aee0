// Segundas comprobaciones y aviso de la tasa de derivación, en español.
import type { SecondCheckMessages } from './en';

export const secondCheckEs: SecondCheckMessages = {
  title: 'Segunda comprobación',
  waiting: '{{count}} derivaciones esperan una segunda comprobación',
  waiting_one: '{{count}} derivación espera una segunda comprobación',
  waiting_other: '{{count}} derivaciones esperan una segunda comprobación',
  ask: 'Tras el termómetro clínico, toque lo que indicó:',
  outcome: {
    confirmed: 'Confirmada (≥ {{threshold}} en un termómetro clínico)',
    'not-confirmed': 'No confirmada',
    declined: 'Rechazada / no comprobada',
  },
  saving: 'Guardando…',
  recorded: 'Registrado.',
  private:
    'Solo se guarda cuántas hay de cada resultado por hora: ni nombres, ni horas exactas, ni temperaturas.',
  rate: {
    title: {
      'too-many': 'Más derivaciones de las que espera la calibración',
      'too-few': 'Menos derivaciones de las que espera la calibración',
    },
    causes: {
      'too-many':
        'Suele deberse a una corriente de aire frío, sol sobre el sensor o las personas, o una calibración antigua: revise la entrada y vuelva a calibrar si toca.',
      'too-few':
        'Suele deberse a una vista bloqueada: compruebe que nada se interpone entre el sensor y las caras.',
    },
    figures:
      'Últimos {{days}} días: {{referred}} de {{screened}} personas derivadas ({{observed}} %); la calibración espera {{expected}} % (entre {{low}} % y {{high}} % no es un aviso).',
  },
  export: {
    title: 'Segundas comprobaciones',
    share:
      'Confirmadas: {{confirmed}} de {{checked}} derivaciones comprobadas ({{share}} %, intervalo del 95 % {{low}}–{{high}} %)',
    noneChecked:
      'Confirmadas: ninguna derivación de este periodo tiene aún un resultado comprobado.',
    declined: 'Rechazadas o no comprobadas: {{n}}',
    referred: 'Derivaciones en el periodo: {{n}}',
    confirmed: 'Confirmadas',
    notConfirmed: 'No confirmadas',
    declinedShort: 'Rechazadas',
  },
};
