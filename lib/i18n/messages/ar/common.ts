import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "تحركات تضامنية بالقرب منك",
  "skipToContent": "انتقل إلى المحتوى الرئيسي",
  "nav": {
    "main": "الرئيسية",
    "home": "التحركات",
    "statements": "البيانات",
    "chapters": "الفروع",
    "signIn": "تسجيل الدخول",
    "account": "حسابي",
    "organise": "التنظيم",
    "admin": "الإدارة"
  },
  "language": "اللغة",
  "loading": "جارٍ التحميل…",
  "footer": {
    "about": "mobilise برنامج حر للتعبئة التضامنية.",
    "privacy": "لا نخزّن عناوين IP ولا نحتفظ ببيانات المشاركين إلا للمدة اللازمة."
  },
  "errors": {
    "notFoundTitle": "الصفحة غير موجودة",
    "notFoundBody": "هذه الصفحة غير موجودة أو لم تعد عامة.",
    "apiNotFound": "لا يوجد شيء في هذا العنوان من واجهة البرمجة. راجع ‎/api/openapi.json لمعرفة ما هو متاح.",
    "apiMethodNotAllowed": "هذا العنوان لا يقبل {method}. يقبل: {allow}.",
    "genericTitle": "حدث خطأ ما",
    "genericBody": "يرجى المحاولة مرة أخرى. إذا تكرر الأمر، أخبر المنظمين.",
    "retry": "أعد المحاولة",
    "backHome": "العودة إلى التحركات"
  },
  "kinds": {
    "RALLY": "وقفة احتجاجية",
    "DONATION_DRIVE": "حملة تبرعات",
    "BOYCOTT": "مقاطعة"
  },
  "modes": {
    "IN_PERSON": "حضوريًا",
    "ONLINE": "عبر الإنترنت",
    "HYBRID": "حضوريًا وعبر الإنترنت"
  }
};
