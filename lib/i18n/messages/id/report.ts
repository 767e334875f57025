import type { Messages } from "../../messages";

export const report: Messages["report"] = {
  open: "Laporkan aksi ini",
  heading: "Laporkan aksi ini",
  intro: "Beri tahu moderator apa masalahnya. Tidak perlu akun, dan kami tidak mencatat siapa Anda.",
  reasonLegend: "Apa masalahnya?",
  reasons: {
    SPAM: "Spam atau iklan",
    FAKE: "Palsu, atau provokasi",
    DANGEROUS: "Membahayakan orang",
    HARASSMENT: "Pelecehan atau kebencian",
    WRONG_INFORMATION: "Tanggal, tempat, atau rincian salah",
    OTHER: "Lainnya",
  },
  details: "Keterangan (opsional)",
  detailsHint: "Apa yang perlu diketahui moderator? Mohon jangan cantumkan data pribadi siapa pun.",
  honeypot: "Biarkan kolom ini kosong",
  submit: "Kirim laporan",
  sending: "Mengirim…",
  thanks: "Terima kasih. Moderator akan segera memeriksanya.",
  chooseReason: "Pilih alasan.",
  errors: {
    RATE_LIMITED: "Anda telah mengirim beberapa laporan dalam waktu singkat. Mohon tunggu beberapa menit.",
    NOT_FOUND: "Aksi ini sudah tidak tampil untuk umum.",
    generic: "Laporan tidak dapat dikirim. Silakan coba lagi.",
  },
};
