import type { Messages } from "../../messages";

export const adminMail: Messages["admin"]["mail"] = {
  greeting: "Halo,",
  signature: "— Tim moderator mobilise",
  reasonLabel: "Alasan:",
  noteLabel: "Yang perlu diubah:",
  approved: {
    subject: "Aksi Anda sudah terbit: {title}",
    body: "Kabar baik: moderator menyetujui “{title}”. Aksi ini kini tampil untuk umum, dan orang dapat menemukannya di peta serta ikut bergabung.",
  },
  rejected: {
    subject: "Aksi Anda tidak diterbitkan: {title}",
    body: "Moderator memutuskan untuk tidak menerbitkan “{title}”.",
    next: "Jika menurut Anda ini keliru, atau Anda dapat memperbaikinya, hubungi administrator cabang Anda atau ubah aksi di ruang kerja Anda:",
  },
  changes: {
    subject: "Perubahan diminta: {title}",
    body: "Moderator telah meninjau “{title}” dan meminta beberapa perubahan sebelum dapat terbit. Aksi ini kembali ke draf Anda.",
    next: "Ubah lalu ajukan kembali dari ruang kerja Anda:",
  },
};
