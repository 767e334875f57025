import type { Messages } from "../../messages";

export const commitment: Messages["commitment"] = {
  heading: "انضم إلى المقاطعة",
  count: {
    zero: "لم ينضم أحد إلى المقاطعة بعد",
    one: "شخص واحد يقاطع",
    two: "شخصان يقاطعان",
    few: "{count} أشخاص يقاطعون",
    many: "{count} شخصًا يقاطعون",
    other: "{count} شخص يقاطعون",
  },
  commit: "أنا أقاطع",
  submitting: "جارٍ الإرسال…",
  chooseTier: "كيف تريد الانضمام؟",
  tierEmail: "ببريدي الإلكتروني",
  tierEmailHint: "نرسل إليك رابطًا للانسحاب لاحقًا. لا يرى بريدك إلا المنظمون.",
  tierHeadcount: "احسبوني فقط، دون الكشف عن هويتي",
  tierHeadcountHint: "لا نحفظ أي معلومة عنك. يحتفظ هذا المتصفح برمز يتيح لك الانسحاب.",
  emailLabel: "البريد الإلكتروني",
  committed: "أنت تقاطع. شكرًا لتضامنك.",
  withdraw: "الانسحاب",
  withdrawing: "جارٍ الانسحاب…",
  withdrawn: "لقد انسحبت من هذه المقاطعة.",
  fields: {
    email: "اكتب عنوان بريد إلكتروني صحيحًا.",
    generic: "تحقق من هذا الحقل.",
  },
};
