import type { Messages } from "../../messages";

export const commitment: Messages["commitment"] = {
  heading: "Ikut boikot",
  count: { other: "{count} orang ikut memboikot" },
  commit: "Saya ikut memboikot",
  submitting: "Mengirim…",
  chooseTier: "Bagaimana kamu ingin bergabung?",
  tierEmail: "Dengan email saya",
  tierEmailHint: "Kami mengirim tautan untuk mundur nanti. Hanya penyelenggara yang melihat emailmu.",
  tierHeadcount: "Hitung saya saja, secara anonim",
  tierHeadcountHint: "Kami tidak menyimpan apa pun tentangmu. Peramban ini menyimpan kode agar kamu bisa mundur.",
  emailLabel: "Email",
  committed: "Kamu ikut memboikot. Terima kasih atas solidaritasmu.",
  withdraw: "Mundur",
  withdrawing: "Memproses…",
  withdrawn: "Kamu sudah mundur dari boikot ini.",
  noscript: {
    intro: "JavaScript nonaktif, jadi ini formulir sederhananya. Isi emailmu untuk menerima tautan agar bisa mundur nanti; tanpa email kamu dihitung secara anonim.",
    mailed: "Kami sudah mengirim tautan untuk mundur ke emailmu.",
  },
  fields: {
    email: "Tulis alamat email yang valid.",
    generic: "Periksa isian ini.",
  },
};
