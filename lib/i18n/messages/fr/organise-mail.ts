import type { Messages } from "../../messages";

export const organiseMail: Messages["organise"]["mail"] = {
  greeting: "Bonjour,",
  signature: "— mobilise",
  whenLabel: "Quand :",
  whereLabel: "Où :",
  placeOnPage: "voir la page de l’action (le lieu exact est communiqué aux participants)",
  messageLabel: "Message des organisateurs :",
  changed: {
    subject: "Modifiée : {title}",
    body: "L’heure ou le lieu de « {title} » a changé. Voici les informations à jour :",
  },
  cancelled: {
    subject: "Annulée : {title}",
    body: "{chapter} a annulé « {title} ».",
  },
  relocated: {
    subject: "Nouveau lieu : {title}",
    body: "« {title} » a changé de lieu. Rendez-vous au nouveau lieu, pas à l’ancien.",
  },
  compromised: {
    subject: "Alerte de sécurité : {title}",
    body: "Les organisateurs de « {title} » ont appris que son lieu n’est plus sûr. Le lieu est désormais masqué.",
    advice: "Ne vous rendez pas à l’ancien lieu. Attendez des nouvelles des organisateurs. Votre nom et votre adresse e-mail ont été effacés de cette action.",
  },
  fromOrganisers: "Un message de {chapter}, qui organise « {title} » :",
  whyYouGetThis: "Vous recevez ce message parce que vous participez à cette action. Votre adresse n’est montrée à personne d’autre.",
  invite: {
    subject: "Vous êtes invité·e à organiser avec {chapter}",
    body: "{inviter} vous invite à devenir organisateur·rice de {chapter} sur mobilise. Ouvrez ce lien pour vous connecter :",
    expires: { one: "Le lien est valable {count} jour et une seule fois.", other: "Le lien est valable {count} jours et une seule fois." },
    ignore: "Si vous ne vous attendiez pas à ce message, vous pouvez l’ignorer.",
  },
};
