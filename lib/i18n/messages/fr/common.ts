import type { Messages } from "../../messages";

export const common: Messages["common"] = {
  "appName": "mobilise",
  "tagline": "Des actions solidaires près de chez vous",
  "skipToContent": "Aller au contenu principal",
  "nav": {
    "menu": "Menu",
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
    "privacy": "Nous ne conservons aucune adresse IP et gardons les données des participants seulement le temps nécessaire.",
    "places": "Les noms de villes de la recherche de lieu viennent de"
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
  "fieldErrors": {
    "required": "Ce champ est obligatoire.",
    "invalid": "Vérifiez cette valeur.",
    "tooShort": "C’est trop court.",
    "tooLong": "C’est trop long.",
    "tooSmall": "Ce nombre est trop petit.",
    "tooBig": "Ce nombre est trop grand.",
    "email": "Saisissez une adresse e-mail valide.",
    "format": "Ce n’est pas au format attendu.",
    "itemsOnly": "Cette collecte ne recueille que des objets, pas d’argent.",
    "wrongCurrency": "Promettez dans la devise de la collecte.",
    "notAnItem": "Choisissez un objet de la liste de cette collecte.",
    "nameRequired": "Saisissez un nom ou promettez anonymement.",
    "wrongPassword": "Le mot de passe actuel n’est pas correct.",
    "confirmMismatch": "Saisissez votre propre adresse e-mail pour confirmer.",
    "contradiction": "Ces choix se contredisent.",
    "unknownChapter": "Cette section n’existe pas."
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
