// El paquete de documentos (pestaña Documentación), en español.
import type { PackMessages } from './en';

export const packEs: PackMessages = {
  tab: {
    intro:
      'Documentos imprimibles hechos con la configuración actual de este quiosco: el cartel de la entrada, un registro de actividades de tratamiento y un borrador de EIPD. Son borradores que hay que revisar, completar y firmar, no asesoramiento jurídico.',
    language: 'Idioma de los documentos',
    page: 'Documento',
    pages: {
      sign: 'Cartel de la entrada',
      record: 'Registro de actividades',
      dpia: 'Borrador de EIPD',
    },
    paper: 'Tamaño del papel',
    papers: { a4: 'A4', letter: 'Carta' },
    print: 'Imprimir',
    loading: 'Leyendo la configuración…',
    failed: 'No se pudieron generar los documentos: {{error}}',
  },
  common: {
    generated: 'Generado con la configuración del {{date}}',
    blank: 'línea en blanco, para rellenar a mano',
    kiosk: 'Quiosco',
    contact: 'Contacto',
    days: '{{n}} días',
    days_one: '{{n}} día',
    days_other: '{{n}} días',
    minutes: '{{n}} minutos',
    minutes_one: '{{n}} minuto',
    minutes_other: '{{n}} minutos',
    on: 'activada',
    off: 'desactivada',
  },
  sign: {
    title: 'Control de temperatura en esta entrada',
    measured:
      'Qué se mide: la temperatura de la piel de su cara, con un sensor térmico, solo para decidir si puede pasar o si debe ver a un miembro del personal para una segunda comprobación.',
    secondCheck:
      'Si se le pide que vea al personal, un miembro del personal comprobará su temperatura con un termómetro clínico. El quiosco no hace ningún diagnóstico.',
    notStored:
      'No se guarda ninguna imagen, ninguna temperatura ni nada que le identifique. El quiosco solo guarda recuentos anónimos por hora: cuántas personas pasaron, fueron enviadas al personal o debieron intentarlo de nuevo.',
    retention: 'Estos recuentos se eliminan al cabo de {{days}}.',
    questions: 'Preguntas sobre este control:',
  },
  record: {
    title: 'Registro de actividades de tratamiento',
    subtitle: 'Quiosco de control de temperatura, al estilo del artículo 30 del RGPD',
    controller: 'Responsable del tratamiento (nombre y datos de contacto)',
    dpo: 'Delegado de protección de datos (si lo hay)',
    legalBasis: 'Base jurídica (artículos 6 y 9 del RGPD)',
    purposeH: 'Finalidad',
    purpose:
      'Controlar en la entrada si la temperatura de la piel está elevada, para ofrecer a quien alcance o supere el umbral una segunda comprobación con un termómetro clínico antes de entrar. Un complemento de otras medidas, no un diagnóstico.',
    subjectsH: 'Interesados',
    subjects: 'Las personas que usan esta entrada.',
    categoriesH: 'Categorías de datos',
    categories:
      'No se guarda ningún dato personal. Las imágenes térmicas de la cara (temperatura de la piel) se procesan solo en la memoria del quiosco, durante un segundo aproximadamente, para dar un resultado, y después se descartan. Se guardan: recuentos anónimos por fecha, hora, quiosco y resultado; recuentos por hora de los resultados de la segunda comprobación; un registro diario de las condiciones del equipo; eventos del equipo; configuración y calibraciones.',
    recipientsH: 'Destinatarios',
    recipientsStaff:
      'Rol de personal (PIN del personal): la pantalla de paso y la consola del personal (estado, vista en directo, configuración, calibración, recuentos).',
    recipientsHr: 'Rol de RR. HH. (PIN de RR. HH.): solo los recuentos anónimos y su exportación.',
    recipientsNone: 'Nadie fuera de la organización: no se envía nada a ninguna parte.',
    transfersH: 'Transferencias a terceros países',
    transfers: 'Ninguna: el quiosco no abre ninguna conexión de red fuera del propio equipo.',
    retentionH: 'Conservación',
    retention:
      'Recuentos anónimos y eventos del equipo: {{days}}, después se eliminan (las filas se sobrescriben en el archivo). Imágenes térmicas: nunca se guardan.',
    securityH: 'Medidas de seguridad',
    security: {
      memory:
        'Las imágenes térmicas quedan en memoria y nunca se escriben en disco ni en registros.',
      pins: 'La consola del personal requiere un PIN, guardado solo como hash con sal; los PIN incorrectos bloquean el teclado cada vez más tiempo; la consola se bloquea sola tras {{minutes}} sin actividad.',
      hr: 'Un PIN de RR. HH. distinto abre solo la exportación de recuentos.',
      file: 'El archivo de registros solo lo puede leer la cuenta de usuario del quiosco.',
      network:
        'El quiosco solo responde en este equipo (127.0.0.1) y no abre ninguna conexión saliente.',
      audit:
        'Los eventos del equipo (PIN fallidos, desbloqueos, exportaciones, cambios de configuración) se conservan como registro de auditoría, sin datos personales.',
    },
  },
  dpia: {
    title: 'Evaluación de impacto relativa a la protección de datos (borrador)',
    intro:
      'Generado con la configuración del quiosco para ayudar al responsable a redactar la EIPD. Describe lo que hace el quiosco; la evaluación de la necesidad, la proporcionalidad y los riesgos, y la firma, corresponden al responsable.',
    purposeH: '1. Finalidad y necesidad',
    purpose:
      'Ofrecer una segunda comprobación con un termómetro clínico a las personas cuya temperatura de la piel sugiere fiebre, antes de que entren. El control térmico es un complemento, no un diagnóstico: la guía de la FDA de EE. UU. «Enforcement Policy for Telethermographic Systems» (2020) espera que una lectura elevada se confirme con un termómetro clínico.',
    necessity:
      'Por qué hace falta el control en esta entrada y por qué no bastan medidas menos intrusivas:',
    flowsH: '2. Flujos de datos',
    flows: {
      sensor: 'Sensor térmico → memoria del quiosco: imágenes de temperatura de la piel, por USB.',
      verdict:
        'Memoria → resultado: se estima la temperatura y se compara con el umbral; la pantalla muestra pasar, ver al personal o intentarlo de nuevo. Después se descartan las imágenes y la estimación.',
      count: 'Resultado → recuento anónimo: uno más para esta hora, quiosco y resultado.',
      bundle:
        'Recuentos anónimos → RR. HH.: la exportación CSV y los paquetes de recuentos firmados (recuentos por hora, los nombres del sitio y del quiosco, el registro de condiciones), descargados en la consola o escritos cada día en una carpeta que elige el personal, para el resumen de RR. HH. de todos los sitios.',
      nothingElse:
        'No sale nada más: ninguna imagen, ninguna temperatura, ningún identificador, ninguna conexión de red.',
    },
    storedH: '3. Qué se guarda y qué no',
    stored:
      'Se guardan: recuentos anónimos por fecha, hora, quiosco y resultado; resultados de la segunda comprobación (confirmada, no confirmada, rechazada) contados por hora; un registro diario de condiciones (minutos listo, minutos en pausa por motivo, mínimo y máximo de la sala, antigüedad de la calibración); eventos del equipo; configuración; calibraciones (solo el ajuste).',
    notStored:
      'No se guardan: imágenes, la temperatura de nadie, nombres ni ningún identificador, la hora de una visita, la lectura del termómetro clínico.',
    retentionH: '4. Conservación',
    retention:
      'Los recuentos y los eventos del equipo se eliminan al cabo de {{days}} (el ajuste «conservar recuentos»), comprobado cada día.',
    accessH: '5. Quién puede ver qué',
    accessScreen:
      'La persona controlada, y quien esté cerca: el resultado en la pantalla (pasar, ver al personal, intentarlo de nuevo).',
    temperatureShown:
      'La temperatura estimada también se muestra en la pantalla (un ajuste); nunca se guarda.',
    temperatureHidden: 'La temperatura no se muestra en la pantalla.',
    discreetOn:
      'La derivación discreta está activada: una derivación se ve como un paso y pide a la persona que vea al personal.',
    discreetOff:
      'La derivación discreta está desactivada: una derivación se muestra como tal en la pantalla.',
    accessStaff:
      'Personal (PIN del personal): la consola del personal, incluida una vista térmica en directo que nunca se guarda.',
    accessHr: 'RR. HH. (PIN de RR. HH.): solo los recuentos anónimos y su exportación.',
    accuracyH: '6. Exactitud del sensor en uso y sus límites',
    noSensor:
      'Ahora no transmite ningún sensor: conéctelo y vuelva a abrir esta página para incluir sus cifras.',
    sensor: 'Sensor',
    canScreen: 'Puede hacer el control, dentro de las distancias que el quiosco exige.',
    cannotScreen:
      'No puede hacer un control fiable a ninguna distancia: el quiosco no da resultados con él.',
    mae: 'Error absoluto medio',
    sensitivity: 'Fiebres derivadas (sensibilidad)',
    specificity: 'Temperaturas normales que pasan (especificidad)',
    notAvailable: 'no disponible',
    source: 'Fuente',
    limits: 'Límites',
    englishNote: 'La fuente y los límites se dan en inglés, tal como los indica el quiosco.',
    noPerfect:
      'Ningún control es perfecto: algunas personas con fiebre pasarán y algunas sin fiebre serán derivadas. Por eso cada derivación se comprueba con un termómetro clínico y el quiosco nunca es la única medida.',
    procedureH: '7. Procedimiento de segunda comprobación',
    procedure: {
      check:
        'Tras cada derivación, un miembro del personal toma la temperatura de la persona con un termómetro clínico, lejos de los demás.',
      confirmed: 'Si es de {{threshold}} o más, la persona sigue este procedimiento:',
      record:
        'El personal solo registra el resultado (confirmada, no confirmada, rechazada o no comprobada) con un toque en la consola: un recuento anónimo por hora, nunca la lectura ni la persona.',
      adjunct: 'El quiosco es un complemento (guía de la FDA, 2020): nunca decide solo.',
    },
    risksH: '8. Riesgos y medidas',
    risk: 'Riesgo',
    mitigation: 'Medida',
    risks: {
      identify: 'Identificar a alguien a partir de los datos guardados',
      identifyM:
        'No se guarda nada identificativo: solo recuentos por hora; los recuentos pequeños pueden ocultarse al exportar.',
      bystanders: 'Información de salud vista por otras personas',
      bystandersM:
        'Solo se muestra un resultado (la temperatura está oculta por defecto); la derivación discreta puede hacer que una derivación parezca un paso.',
      missed: 'Una fiebre no detectada',
      missedM:
        'Una lectura dudosa se deriva; calibración en el sitio; las demás medidas se mantienen.',
      wrong: 'Alguien derivado sin fiebre',
      wrongM:
        'Decide un termómetro clínico; los resultados se cuentan para que el personal vea la tasa de derivación.',
      access: 'Acceso no autorizado a la consola o a los registros',
      accessM:
        'PIN con bloqueo, bloqueo automático, RR. HH. limitado a la exportación, registros legibles solo por el usuario del quiosco, sin red.',
      misuse: 'Uso para otra finalidad (p. ej. control de asistencia)',
      misuseM:
        'No existen identificadores ni horas de visita; las exportaciones solo tienen recuentos.',
      environment: 'Lecturas alteradas por la sala o el sensor',
      environmentM:
        'Antes de dar resultados se comprueban el calentamiento, el rango de la sala y una referencia estable; una calibración vencida se señala.',
    },
    settingsH: '9. Configuración vigente',
    decision: 'Decisión',
    fixed: 'derivar a partir de {{threshold}}',
    baseline:
      'derivar por encima de la lectura típica reciente + {{deviation}} (partiendo de {{threshold}})',
    warmUp: 'Calentamiento antes de dar resultados',
    discreet: 'Derivación discreta',
    showTemperature: 'Temperatura mostrada en la pantalla',
    keepCounts: 'Conservar recuentos durante',
    signH: '10. Firma',
    preparedBy: 'Preparado por (nombre, cargo, fecha)',
    dpoAdvice: 'Dictamen del delegado de protección de datos (fecha)',
    approvedBy: 'Aprobado por el responsable (nombre, firma, fecha)',
    review: 'Fecha de la próxima revisión',
  },
};
