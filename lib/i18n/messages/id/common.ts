import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "Aksi solidaritas di dekat Anda",
  "skipToContent": "Langsung ke konten utama",
  "nav": {
    "menu": "Menu",
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
    "privacy": "Kami tidak menyimpan alamat IP dan hanya menyimpan data peserta selama diperlukan.",
    "places": "Nama kota untuk pencarian tempat berasal dari"
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
  "fieldErrors": {
    "required": "Kolom ini wajib diisi.",
    "invalid": "Periksa nilai ini.",
    "tooShort": "Ini terlalu pendek.",
    "tooLong": "Ini terlalu panjang.",
    "tooSmall": "Angka ini terlalu kecil.",
    "tooBig": "Angka ini terlalu besar.",
    "email": "Masukkan alamat email yang valid.",
    "format": "Formatnya tidak sesuai.",
    "itemsOnly": "Penggalangan ini hanya menerima barang, bukan uang.",
    "wrongCurrency": "Berjanjilah dalam mata uang penggalangan ini.",
    "notAnItem": "Pilih barang dari daftar penggalangan ini.",
    "nameRequired": "Masukkan nama atau berjanji secara anonim.",
    "wrongPassword": "Kata sandi saat ini tidak benar.",
    "confirmMismatch": "Ketik alamat email Anda sendiri untuk mengonfirmasi.",
    "contradiction": "Pilihan-pilihan ini saling bertentangan.",
    "unknownChapter": "Cabang itu tidak ada."
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
