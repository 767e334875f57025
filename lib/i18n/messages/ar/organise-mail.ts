import type { Messages } from "../../messages";

export const organiseMail: Messages["organise"]["mail"] = {
  greeting: "مرحبًا،",
  signature: "— mobilise",
  whenLabel: "متى:",
  whereLabel: "أين:",
  placeOnPage: "راجع صفحة التحرك (يُشارَك المكان الدقيق مع المشاركين)",
  messageLabel: "رسالة من المنظمين:",
  changed: {
    subject: "تغيير: {title}",
    body: "تغيّر موعد «{title}» أو مكانه. إليك التفاصيل الحالية:",
  },
  cancelled: {
    subject: "إلغاء: {title}",
    body: "ألغى {chapter} تحرك «{title}».",
  },
  relocated: {
    subject: "مكان جديد: {title}",
    body: "انتقل «{title}» إلى مكان جديد. يُرجى التوجه إلى المكان الجديد لا القديم.",
  },
  compromised: {
    subject: "تنبيه أمني: {title}",
    body: "علم منظمو «{title}» أن موقعه لم يعد آمنًا. أصبح الموقع الآن مخفيًا.",
    advice: "يُرجى عدم التوجه إلى المكان القديم، وانتظار أخبار من المنظمين. حُذف اسمك وعنوان بريدك الإلكتروني من هذا التحرك.",
  },
  fromOrganisers: "رسالة من {chapter}، منظمي «{title}»:",
  whyYouGetThis: "تصلك هذه الرسالة لأنك تشارك في هذا التحرك. لا يُعرض عنوانك على أي شخص آخر.",
  invite: {
    subject: "أنت مدعو إلى التنظيم مع {chapter}",
    body: "دعاك {inviter} لتصبح منظمًا في {chapter} على mobilise. افتح هذا الرابط لتسجيل الدخول:",
    expires: { zero: "انتهت صلاحية الرابط.", one: "يعمل الرابط مدة يوم واحد ولمرة واحدة فقط.", two: "يعمل الرابط مدة يومين ولمرة واحدة فقط.", few: "يعمل الرابط مدة {count} أيام ولمرة واحدة فقط.", many: "يعمل الرابط مدة {count} يومًا ولمرة واحدة فقط.", other: "يعمل الرابط مدة {count} يوم ولمرة واحدة فقط." },
    ignore: "إن لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.",
  },
};
