import type { Messages } from "../../messages";

export const adminMail: Messages["admin"]["mail"] = {
  greeting: "Hola:",
  signature: "— El equipo de moderación de mobilise",
  reasonLabel: "Motivo:",
  noteLabel: "Qué cambiar:",
  approved: {
    subject: "Tu acción ya está publicada: {title}",
    body: "Buenas noticias: el equipo de moderación aprobó «{title}». Ya es pública y la gente puede encontrarla en el mapa y sumarse.",
  },
  rejected: {
    subject: "Tu acción no se publicó: {title}",
    body: "El equipo de moderación decidió no publicar «{title}».",
    next: "Si crees que es un error o puedes corregirlo, escribe a la administración de tu sección o edita la acción en tu espacio de trabajo:",
  },
  changes: {
    subject: "Se piden cambios: {title}",
    body: "El equipo de moderación revisó «{title}» y pide algunos cambios antes de publicarla. Ha vuelto a tus borradores.",
    next: "Edítala y vuelve a enviarla desde tu espacio de trabajo:",
  },
};
