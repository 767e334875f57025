import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "Des actions solidaires près de chez vous",
  "skipToContent": "Aller au contenu principal",
  "nav": {
    "main": "Principale",
    "home": "Actions",
    "statements": "Déclarations",
    "chapters": "Sections",
    "signIn": "Se connecter",
    "account": "Mon compte",
    "organise": "Organiser",
    "admin": "Administration"
  },
  "language": "Langue",
  "loading": "Chargement…",
  "footer": {
    "about": "mobilise est un logiciel libre pour la mobilisation solidaire.",
    "privacy": "Nous ne conservons aucune adresse IP et gardons les données des participants seulement le temps nécessaire."
  },
  "errors": {
    "notFoundTitle": "Page introuvable",
    "notFoundBody": "Cette page n’existe pas ou n’est plus publique.",
    "apiNotFound": "Il n’y a rien à cette adresse de l’API. Voir /api/openapi.json pour ce qui existe.",
    "apiMethodNotAllowed": "Cette adresse n’accepte pas {method}. Elle accepte : {allow}.",
    "genericTitle": "Une erreur est survenue",
    "genericBody": "Veuillez réessayer. Si le problème persiste, prévenez les organisateurs.",
    "retry": "Réessayer",
    "backHome": "Retour aux actions"
  },
  "kinds": {
    "RALLY": "Rassemblement",
    "DONATION_DRIVE": "Collecte de dons",
    "BOYCOTT": "Boycott"
  },
  "modes": {
    "IN_PERSON": "En présentiel",
    "ONLINE": "En ligne",
    "HYBRID": "En présentiel et en ligne"
  }
};
