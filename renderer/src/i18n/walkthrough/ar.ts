// Arabic (Modern Standard). Shown right to left: the page sets dir="rtl" for it.
import type { Messages } from './en';
import { auditAr } from '../audit/ar';
import { secondCheckAr } from '../second-check/ar';
import { bundleAr } from '../bundle/ar';
import { consoleAr } from '../console/ar';
import { siteAr } from '../site/ar';
import { thermalAr } from '../thermal/ar';

export const ar: Messages = {
  app: {
    title: 'الفحص الحراري',
  },
  language: {
    label: 'اللغة',
  },
  idle: {
    title: 'يُرجى التقدّم نحو الشاشة',
    steps: {
      onePerson: 'شخص واحد في كل مرة',
      hatGlasses: 'يُرجى نزع القبعة والنظارة',
      lookAtSensor: 'يُرجى النظر إلى المستشعر',
    },
    privacy: 'لا تُحفَظ أي صور أو أسماء أو درجات حرارة.',
  },
  measuring: {
    progress: 'تقدّم القياس',
    guidance: {
      'step-closer': 'يُرجى الاقتراب قليلًا',
      'step-back': 'يُرجى التراجع قليلًا',
      'hold-still': 'يُرجى الثبات وعدم الحركة',
      'one-person': 'شخص واحد في كل مرة من فضلك',
      measuring: 'جارٍ القياس…',
    },
  },
  pass: {
    title: 'يمكنك الدخول',
  },
  refer: {
    title: 'يُرجى مراجعة الموظفين لفحص ثانٍ سريع',
    /** Discreet referral: the pass's look; only this sentence differs. */
    discreet: 'يُرجى التوجّه إلى الموظف المختص',
    note: 'هذا فحص أوّلي وليس تشخيصًا. سيتأكد الموظفون من النتيجة بميزان حرارة طبي.',
  },
  retry: {
    title: 'يُرجى المحاولة مرة أخرى',
    reason: {
      'too-far': 'يُرجى الاقتراب قليلًا',
      'too-close': 'يُرجى التراجع قليلًا',
      'one-person': 'شخص واحد في كل مرة من فضلك',
      'hold-still': 'يُرجى الثبات وعدم الحركة',
      'too-cold': 'يبدو أنك قادم للتوّ من البرد — يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى',
      'too-warm':
        'يبدو أنك قادم للتوّ من الحرّ أو من ممارسة الرياضة — يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى',
      uncertain: 'القراءة غير واضحة — يُرجى الوقوف بثبات في مواجهة الشاشة',
    },
  },
  paused: {
    title: 'الفحص متوقف مؤقتًا — تم إبلاغ الموظفين',
    reason: {
      starting: 'جارٍ التشغيل…',
      'sensor-disconnected': 'المستشعر الحراري غير متصل — يجب على الموظفين توصيله',
      'sensor-stalled': 'توقف المستشعر الحراري عن الإرسال',
      'sensor-frozen': 'صورة المستشعر الحراري متجمدة',
      'sensor-garbage': 'بيانات المستشعر الحراري غير مقروءة (هل معدل الباود خاطئ؟)',
      'sensor-problem': 'يبلّغ المستشعر الحراري عن مشكلة — يمكن للموظفين رؤيتها في وحدة التحكم',
      'sensor-detecting': 'جارٍ التعرف على المستشعر الحراري…',
      'blackbody-missing': 'الجسم الأسود المرجعي خارج مجال الرؤية',
      'blackbody-moved': 'تحرّك الجسم الأسود المرجعي من مكانه',
      'blackbody-unstable': 'قراءة الجسم الأسود المرجعي غير مستقرة',
      'blackbody-out-of-tolerance': 'قراءة الجسم الأسود المرجعي خارج حدود التفاوت المسموح',
      'records-unavailable': 'تخزين الأعداد غير متاح',
      'estimator-restarting': 'جارٍ إعادة تشغيل مقدِّر درجة الحرارة…',
      'warming-up': 'جارٍ تسخين المستشعر',
      'room-too-cold': 'الغرفة باردة جدًا لقياس موثوق (18–24 °م)',
      'room-too-warm': 'الغرفة دافئة جدًا لقياس موثوق (18–24 °م)',
      'link-connecting': 'جارٍ الاتصال بجهاز الفحص…',
      'link-lost': 'انقطع الاتصال بجهاز الفحص — جارٍ إعادة الاتصال…',
      'no-token': 'يجب فتح هذه الصفحة من العنوان الذي عرضه جهاز الفحص (فهو يتضمن رمز وصول)',
    },
  },
  console: consoleAr,
  thermal: thermalAr,
  site: siteAr,
  audit: auditAr,
  secondCheck: secondCheckAr,
  bundle: bundleAr,
  demo: {
    badge: 'عرض تجريبي — مستشعر محاكى',
    badgeWithPin: 'عرض تجريبي — مستشعر محاكى · رمز الموظفين {{pin}}',
    badgeWithPins:
      'عرض تجريبي — مستشعر محاكى · رمز الموظفين {{pin}} · رمز الموارد البشرية {{hrPin}}',
  },
  temperature: {
    // A no-break space keeps the number and its unit on one line; the isolates (U+2066 … U+2069)
    // keep "36.8 °C" left to right inside Arabic text (otherwise it reads "C° 36.8").
    value: '\u2066{{value}}\u00a0{{unit}}\u2069',
    unit: {
      C: '\u2066°C\u2069',
      F: '\u2066°F\u2069',
    },
  },
  staff: {
    label: 'معلومات للموظفين',
    sensorLabel: 'المستشعر',
    sensorUnknown: 'غير معروف',
    sensorState: {
      none: 'لا يوجد',
      connecting: 'جارٍ الاتصال',
      detecting: 'جارٍ اكتشاف البروتوكول',
      streaming: 'يبث البيانات',
      disconnected: 'غير متصل',
    },
    sensorFault: {
      device: 'المستشعر يبلّغ عن مشكلة',
      stalled: 'متوقف',
      frozen: 'متجمد',
      garbage: 'بيانات غير مقروءة',
    },
    room: {
      cold: 'حرارة الغرفة أقل من 18 °C: تتوقف النتائج حتى تعود إلى النطاق',
      warm: 'حرارة الغرفة أعلى من 24 °C: تتوقف النتائج حتى تعود إلى النطاق',
    },
    todayLabel: 'اليوم',
    today: {
      unknown: 'لا توجد أعداد بعد',
      screened: 'فُحص {{n}}',
      pass: 'مرور {{n}}',
      refer: 'إحالة {{n}}',
      retry: 'إعادة {{n}}',
    },
    linkLabel: 'الاتصال',
    link: {
      connecting: 'جارٍ الاتصال',
      open: 'متصل',
      lost: 'منقطع',
    },
    error: 'آخر خطأ',
    physicalModelOnly: 'القراءات تعتمد على النموذج الفيزيائي وحده: أجرِ معايرة في الموقع',
  },
};
