import type { Messages } from "../../messages";

export const organiseMail: Messages["organise"]["mail"] = {
  greeting: "Halo,",
  signature: "— mobilise",
  whenLabel: "Kapan:",
  whereLabel: "Di mana:",
  placeOnPage: "lihat halaman aksi (tempat persisnya dibagikan kepada peserta)",
  messageLabel: "Pesan dari pengurus:",
  changed: {
    subject: "Berubah: {title}",
    body: "Waktu atau tempat “{title}” berubah. Berikut detail terbarunya:",
  },
  cancelled: {
    subject: "Dibatalkan: {title}",
    body: "{chapter} membatalkan “{title}”.",
  },
  relocated: {
    subject: "Tempat baru: {title}",
    body: "“{title}” pindah ke tempat baru. Datanglah ke tempat yang baru, bukan yang lama.",
  },
  compromised: {
    subject: "Pemberitahuan keamanan: {title}",
    body: "Pengurus “{title}” mengetahui bahwa lokasinya tidak lagi aman. Lokasinya kini disembunyikan.",
    advice: "Jangan datang ke tempat yang lama. Tunggu kabar dari pengurus. Nama dan alamat email Anda sudah dihapus dari aksi ini.",
  },
  fromOrganisers: "Pesan dari {chapter}, pengurus “{title}”:",
  whyYouGetThis: "Anda menerima pesan ini karena ikut serta dalam aksi ini. Alamat Anda tidak ditampilkan kepada siapa pun.",
  invite: {
    subject: "Anda diundang menjadi pengurus {chapter}",
    body: "{inviter} mengundang Anda menjadi pengurus {chapter} di mobilise. Buka tautan ini untuk masuk:",
    expires: { other: "Tautan ini berlaku {count} hari dan hanya sekali pakai." },
    ignore: "Jika Anda tidak mengharapkan email ini, abaikan saja.",
  },
};
