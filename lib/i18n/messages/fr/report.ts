import type { Messages } from "../../messages";

export const report: Messages["report"] = {
  open: "Signaler cette action",
  heading: "Signaler cette action",
  intro: "Dites à la modération ce qui ne va pas. Aucun compte n’est nécessaire et nous n’enregistrons pas qui vous êtes.",
  reasonLegend: "Quel est le problème ?",
  reasons: {
    SPAM: "Spam ou publicité",
    FAKE: "Fausse, ou une provocation",
    DANGEROUS: "Met des personnes en danger",
    HARASSMENT: "Harcèlement ou haine",
    WRONG_INFORMATION: "Date, lieu ou détails erronés",
    OTHER: "Autre chose",
  },
  details: "Détails (facultatif)",
  detailsHint: "Que doit savoir la modération ? N’indiquez pas de données personnelles sur qui que ce soit.",
  honeypot: "Laissez ce champ vide",
  submit: "Envoyer le signalement",
  sending: "Envoi…",
  thanks: "Merci. La modération va l’examiner rapidement.",
  chooseReason: "Choisissez un motif.",
  errors: {
    RATE_LIMITED: "Vous avez envoyé plusieurs signalements en peu de temps. Attendez quelques minutes.",
    NOT_FOUND: "Cette action n’est plus publique.",
    generic: "Le signalement n’a pas pu être envoyé. Réessayez.",
  },
};
