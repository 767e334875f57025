import type { Messages } from "../../messages";

export const home: Messages["home"] = {
  "title": "Acciones por Palestina cerca de ti",
  "description": "Concentraciones, colectas y boicots organizados por los capítulos de la alianza.",
  "upcomingHeading": "Próximas acciones",
  "empty": "Aún no hay próximas acciones. Vuelve pronto o pide a tu capítulo que publique una.",
  "goingCount": {
    "one": "{count} asistirá",
    "other": "{count} asistirán"
  },
  "byChapter": "por {chapter}",
  "answers": "Responde a: {statement}"
};
