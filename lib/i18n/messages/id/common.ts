import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "Aksi solidaritas di dekat Anda",
  "skipToContent": "Langsung ke konten utama",
  "nav": {
    "main": "Utama",
    "home": "Aksi",
    "statements": "Pernyataan",
    "chapters": "Cabang",
    "signIn": "Masuk",
    "account": "Akun saya",
    "organise": "Mengorganisir",
    "admin": "Admin"
  },
  "language": "Bahasa",
  "loading": "Memuat…",
  "footer": {
    "about": "mobilise adalah perangkat lunak bebas untuk mobilisasi solidaritas.",
    "privacy": "Kami tidak menyimpan alamat IP dan hanya menyimpan data peserta selama diperlukan."
  },
  "errors": {
    "notFoundTitle": "Halaman tidak ditemukan",
    "notFoundBody": "Halaman ini tidak ada atau tidak lagi publik.",
    "apiNotFound": "Tidak ada apa pun di alamat API ini. Lihat /api/openapi.json untuk yang tersedia.",
    "apiMethodNotAllowed": "Alamat ini tidak menerima {method}. Yang diterima: {allow}.",
    "genericTitle": "Terjadi kesalahan",
    "genericBody": "Silakan coba lagi. Jika terus terjadi, beri tahu penyelenggara.",
    "retry": "Coba lagi",
    "backHome": "Kembali ke daftar aksi"
  },
  "kinds": {
    "RALLY": "Aksi massa",
    "DONATION_DRIVE": "Penggalangan donasi",
    "BOYCOTT": "Boikot"
  },
  "modes": {
    "IN_PERSON": "Tatap muka",
    "ONLINE": "Daring",
    "HYBRID": "Tatap muka dan daring"
  }
};
