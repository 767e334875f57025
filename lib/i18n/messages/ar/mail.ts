import type { Messages } from "../../messages";

export const mail: Messages["mail"] = {
  greeting: "مرحبًا،",
  greetingName: "مرحبًا {name}،",
  signature: "— mobilise، نيابةً عن المنظمين",
  when: "الموعد: {when}",
  where: "المكان: {where}",
  online: "عبر الإنترنت: {url}",
  exactPlace: "المكان بالتحديد (يرجى عدم نشره علنًا): {where}",
  placeLater: "سيُرسل المكان بالتحديد بالبريد إلى الحاضرين المؤكدين ابتداءً من {when}.",
  actionLink: "التفاصيل: {url}",
  cancelLink: "لن تتمكن من الحضور؟ ألغِ من هنا ليحصل شخص من قائمة الانتظار على مكانك: {url}",
  cancelAccount: "يمكنك الإلغاء من صفحة تأكيدات حضورك: {url}",
  privacy: "لا يرى اسمك وبريدك إلا منظمو هذا التحرك، ويُمحيان بعد انتهائه.",
  rsvpGoing: {
    subject: "تم تأكيد حضورك: {title}",
    body: "تأكد حضورك في «{title}».",
    guests: {
      one: "سيرافقك شخص واحد.",
      two: "سيرافقك شخصان.",
      few: "سيرافقك {count} أشخاص.",
      many: "سيرافقك {count} شخصًا.",
      other: "سيرافقك {count} شخص.",
    },
  },
  rsvpWaitlisted: {
    subject: "أنت على قائمة الانتظار: {title}",
    body: "اكتمل العدد في «{title}»، لذا أنت على قائمة الانتظار في المركز {position}. إذا شغر مكان تتقدم تلقائيًا ونبلغك بالبريد الإلكتروني.",
  },
  promoted: {
    subject: "شغر مكان: {title}",
    body: "خبر سار: شغر مكان وأصبح حضورك في «{title}» مؤكدًا.",
  },
  reminder: {
    subject: "غدًا: {title}",
    body: "تذكير بأن «{title}» يبدأ خلال أقل من يوم.",
    safety: "معلومات السلامة وحقوقك موجودة في صفحة التحرك.",
  },
  reveal: {
    subject: "مكان {title}",
    body: "كما وعدناك، هذا هو المكان بالتحديد لـ«{title}».",
  },
  commitment: {
    subject: "أنت تقاطع: {title}",
    body: "شكرًا لانضمامك إلى المقاطعة «{title}».",
    withdrawLink: "للانسحاب لاحقًا: {url}",
  },
  pledge: {
    subject: "تعهّدك لـ {title}",
    body: "شكرًا لتعهّدك لحملة «{title}». سيخبرك المنظمون بكيفية تسليمه.",
    withdrawLink: "غيّرت رأيك؟ اسحب التعهّد: {url}",
  },
};
