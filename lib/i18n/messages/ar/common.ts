import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "تحركات تضامنية بالقرب منك",
  "skipToContent": "انتقل إلى المحتوى الرئيسي",
  "nav": {
    "menu": "القائمة",
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
    "privacy": "لا نخزّن عناوين IP ولا نحتفظ ببيانات المشاركين إلا للمدة اللازمة.",
    "places": "أسماء المدن في البحث عن الأماكن مأخوذة من"
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
  "fieldErrors": {
    "required": "هذا الحقل مطلوب.",
    "invalid": "تحقّق من هذه القيمة.",
    "tooShort": "هذا قصير جدًا.",
    "tooLong": "هذا طويل جدًا.",
    "tooSmall": "هذا الرقم صغير جدًا.",
    "tooBig": "هذا الرقم كبير جدًا.",
    "email": "أدخل عنوان بريد إلكتروني صالحًا.",
    "format": "الصيغة غير صحيحة.",
    "itemsOnly": "هذه الحملة تجمع أغراضًا فقط، لا مالًا.",
    "wrongCurrency": "تعهّد بعملة الحملة نفسها.",
    "notAnItem": "اختر غرضًا من قائمة هذه الحملة.",
    "nameRequired": "أدخل اسمًا أو تعهّد دون ذكر اسمك.",
    "wrongPassword": "كلمة المرور الحالية غير صحيحة.",
    "confirmMismatch": "اكتب عنوان بريدك الإلكتروني لتأكيد ذلك.",
    "contradiction": "هذه الخيارات متناقضة.",
    "unknownChapter": "لا يوجد فرع بهذا الاسم."
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
