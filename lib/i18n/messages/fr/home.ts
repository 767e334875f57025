import type { Messages } from "../../messages";

export const home: Messages["home"] = {
  "title": "Actions pour la Palestine près de chez vous",
  "description": "Rassemblements, collectes et boycotts organisés par les sections de l’alliance.",
  "upcomingHeading": "Actions à venir",
  "empty": "Aucune action à venir pour l’instant. Revenez bientôt ou demandez à votre section d’en publier une.",
  "goingCount": {
    "one": "{count} participant",
    "other": "{count} participants"
  },
  "byChapter": "par {chapter}",
  "answers": "Répond à : {statement}"
};
