import type { Messages } from "../../messages";

export const mail: Messages["mail"] = {
  greeting: "Halo,",
  greetingName: "Halo {name},",
  signature: "— mobilise, atas nama penyelenggara",
  when: "Kapan: {when}",
  where: "Di mana: {where}",
  online: "Daring: {url}",
  exactPlace: "Lokasi tepat (mohon jangan dibagikan secara publik): {where}",
  placeLater: "Lokasi tepat akan dikirim lewat email kepada peserta terkonfirmasi mulai {when}.",
  actionLink: "Detail: {url}",
  cancelLink: "Ternyata tidak bisa datang? Batalkan di sini agar orang di daftar tunggu mendapat tempatmu: {url}",
  cancelAccount: "Kamu bisa membatalkan dari halaman kehadiranmu: {url}",
  privacy: "Hanya penyelenggara aksi ini yang dapat melihat nama dan emailmu, dan keduanya dihapus setelah aksi selesai.",
  rsvpGoing: {
    subject: "Kamu terdaftar hadir: {title}",
    body: "Kehadiranmu di “{title}” sudah dikonfirmasi.",
    guests: { other: "Kamu datang bersama {count} tamu." },
  },
  rsvpWaitlisted: {
    subject: "Kamu dalam daftar tunggu: {title}",
    body: "“{title}” sudah penuh, jadi kamu berada di daftar tunggu urutan ke-{position}. Jika ada tempat kosong kamu naik otomatis dan kami mengabarimu lewat email.",
  },
  promoted: {
    subject: "Ada tempat kosong: {title}",
    body: "Kabar baik: ada tempat kosong dan sekarang kamu terdaftar hadir di “{title}”.",
  },
  reminder: {
    subject: "Besok: {title}",
    body: "Pengingat bahwa “{title}” dimulai kurang dari sehari lagi.",
    safety: "Informasi keselamatan dan hak-hakmu ada di halaman aksi.",
  },
  reveal: {
    subject: "Lokasi untuk {title}",
    body: "Seperti dijanjikan, inilah lokasi tepat untuk “{title}”.",
  },
  commitment: {
    subject: "Kamu ikut memboikot: {title}",
    body: "Terima kasih sudah bergabung dalam boikot “{title}”.",
    withdrawLink: "Untuk mundur nanti: {url}",
  },
  pledge: {
    subject: "Janji dukunganmu untuk {title}",
    body: "Terima kasih atas janji dukunganmu untuk penggalangan “{title}”. Penyelenggara akan memberi tahu cara menyerahkannya.",
    withdrawLink: "Berubah pikiran? Tarik janji ini: {url}",
  },
};
