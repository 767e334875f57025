import type { Messages } from "../../messages";

export const home: Messages["home"] = {
  "title": "تحركات من أجل فلسطين بالقرب منك",
  "description": "وقفات وحملات تبرع ومقاطعات تنظمها فروع التحالف.",
  "upcomingHeading": "التحركات القادمة",
  "empty": "لا توجد تحركات قادمة بعد. عد لاحقًا أو اطلب من فرعك نشر تحرك.",
  "goingCount": {
    "zero": "لا أحد سيحضر بعد",
    "one": "شخص واحد سيحضر",
    "two": "شخصان سيحضران",
    "few": "{count} أشخاص سيحضرون",
    "many": "{count} شخصًا سيحضرون",
    "other": "{count} شخص سيحضرون"
  },
  "byChapter": "من تنظيم {chapter}",
  "answers": "استجابةً لـ: {statement}"
};
