// أحداث الجهاز الأخيرة (سجل التدقيق)، بالعربية.
import type { AuditMessages } from './en';

export const auditAr: AuditMessages = {
  title: 'الأحداث الأخيرة',
  empty: 'لا توجد أحداث بعد',
  time: 'الوقت',
  event: 'الحدث',
  detail: 'التفاصيل',
  kind: {
    'kiosk-started': 'بدأ تشغيل جهاز الفحص',
    'sensor-connected': 'تم توصيل المستشعر',
    'sensor-lost': 'انقطع المستشعر',
    'calibration-accepted': 'تم قبول المعايرة',
    'settings-changed': 'تم تغيير الإعدادات',
    'screening-paused': 'الفحص متوقف مؤقتًا',
    'screening-resumed': 'استُؤنف الفحص',
    'database-set-aside': 'نُقلت قاعدة البيانات التالفة جانبًا',
    'pin-failed': 'رمز سري غير صحيح',
    'pin-locked-out': 'الرمز السري مقفل',
    'console-unlocked': 'فُتح قفل لوحة التحكم',
    'counts-exported': 'تم تصدير الأعداد',
    'kiosk-exited': 'الخروج من وضع جهاز الفحص',
  },
};
