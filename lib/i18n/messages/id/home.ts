import type { Messages } from "../../messages";

export const home: Messages["home"] = {
  "title": "Aksi untuk Palestina di dekat Anda",
  "description": "Aksi massa, penggalangan donasi, dan boikot yang diorganisir oleh cabang-cabang aliansi.",
  "upcomingHeading": "Aksi mendatang",
  "empty": "Belum ada aksi mendatang. Periksa lagi nanti atau minta cabang Anda untuk memasangnya.",
  "goingCount": {
    "other": "{count} hadir"
  },
  "byChapter": "oleh {chapter}",
  "answers": "Menjawab: {statement}"
};
